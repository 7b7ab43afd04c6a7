/*
 * An I/O wrapper that handles its read's failure in a block of its own
 * (SSL_shutdown(), a flag) and then returns the count for both ways:
 * `if (n <= 0) {...} return n;`. Where its caller has the count at least 1,
 * the read succeeded, and the block that may have pushed did not run: the
 * queue is the one the caller had before the call, which it cleared. No
 * finding at echo_once()'s SSL_write().
 * The twin keeps the finding: conn_read_logged_twin's success way itself
 * calls something that may push (a certificate loaded from a file), so a
 * count of 1 or more does not say the queue is as before.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	SSL_CTX *ctx;
	int closed;
};

static int conn_read(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len);

	if (n <= 0) {
		SSL_shutdown(c->ssl);
		c->closed = 1;
	}
	return n;
}

int echo_once(struct conn *c)
{
	char buf[256];
	int n, w;

	ERR_clear_error();
	n = conn_read(c, buf, sizeof buf);
	if (n <= 0)
		return -1;
	w = SSL_write(c->ssl, buf, n);
	if (w <= 0) {
		int e = SSL_get_error(c->ssl, w);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return w;
}

static int conn_read_logged_twin(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len);

	if (n <= 0) {
		SSL_shutdown(c->ssl);
		c->closed = 1;
	} else {
		SSL_CTX_use_certificate_file(c->ctx, "peer.pem", SSL_FILETYPE_PEM);
	}
	return n;
}

int echo_once_twin(struct conn *c)
{
	char buf[256];
	int n, w;

	ERR_clear_error();
	n = conn_read_logged_twin(c, buf, sizeof buf);
	if (n <= 0)
		return -1;
	w = SSL_write(c->ssl, buf, n); // expect: OSSL001
	if (w <= 0) {
		int e = SSL_get_error(c->ssl, w);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return w;
}
