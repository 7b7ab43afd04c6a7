/*
 * A classify wrapper (shaped after tor's tor_tls_get_error(), called by
 * tor_tls_read(), src/lib/tls/tortls_openssl.c, 0.4.8) returns DONE for
 * SSL_ERROR_NONE with the queue as its caller left it. SSL_get_error() says
 * SSL_ERROR_NONE only for a result above 0, so where conn_read() passes it a
 * failed SSL_read() that path is not taken, and where the read succeeded it
 * pushed nothing: conn_read() leaves the queue as it found it or empty (the
 * wrapper drains every error it reports). read_all() clears once and loops
 * only while conn_read() returns data: silent. The twin's wrapper leaves the
 * error of SSL_ERROR_SSL on the queue (no drain): a failed read's error is
 * there for the next pass's read, OSSL001 there.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum { DONE = 0, WANT = -1, FAILED = -2 };

struct conn {
	SSL *ssl;
	int log;
};

static void log_errors(struct conn *c)
{
	while (ERR_get_error() != 0)
		c->log++;
}

static int conn_get_error(struct conn *c, int r)
{
	switch (SSL_get_error(c->ssl, r)) {
	case SSL_ERROR_NONE:
		return DONE;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return WANT;
	default:
		log_errors(c);
		return FAILED;
	}
}

static int conn_read(struct conn *c, char *buf, int len)
{
	int r = SSL_read(c->ssl, buf, len);
	if (r > 0)
		return r;
	return conn_get_error(c, r);
}

int read_all(struct conn *c, char *buf, int len)
{
	int got = 0;

	ERR_clear_error();
	while (got < len) {
		int r = conn_read(c, buf + got, len - got);
		if (r <= 0)
			return got ? got : r;
		got += r;
	}
	return got;
}

static int conn_get_error_twin(struct conn *c, int r)
{
	switch (SSL_get_error(c->ssl, r)) {
	case SSL_ERROR_NONE:
		return DONE;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return WANT;
	default:
		return FAILED;
	}
}

static int conn_read_twin(struct conn *c, char *buf, int len)
{
	int r = SSL_read(c->ssl, buf, len); // expect: OSSL001
	if (r > 0)
		return r;
	return conn_get_error_twin(c, r);
}

int read_all_twin(struct conn *c, char *buf, int len)
{
	int got = 0;

	ERR_clear_error();
	while (got < len) {
		int r = conn_read_twin(c, buf + got, len - got);
		if (r == FAILED)
			continue;
		if (r <= 0)
			return got ? got : r;
		got += r;
	}
	return got;
}
