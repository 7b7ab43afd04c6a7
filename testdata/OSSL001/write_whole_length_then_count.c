/*
 * A write wrapper that handles a short write in a block of its own
 * (SSL_shutdown(), a flag) and returns the count for both ways:
 * `if (n != len) {...} return n;`. SSL_write() returns either the whole
 * length it was given or a failure (the run never turns partial writes on,
 * SSL_MODE_ENABLE_PARTIAL_WRITE): `n != len` is a failure, whatever len, and
 * `n == len` a success, even for a 0-byte write. Where its caller has the
 * count it asked for, the block that may have pushed did not run: the queue
 * is the one the caller cleared. No finding at send_greeting()'s second write.
 * The twin keeps the finding: conn_write_capped_twin() writes at most 4096
 * bytes of the len it compares with, so `n != len` may be a success (a capped
 * chunk), and the way through its block may have pushed.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int closed;
};

static int conn_write(struct conn *c, const char *buf, int len)
{
	int n = SSL_write(c->ssl, buf, len);

	if (n != len) {
		SSL_shutdown(c->ssl);
		c->closed = 1;
	}
	return n;
}

int send_greeting(struct conn *c)
{
	int w;

	ERR_clear_error();
	if (conn_write(c, "HELLO", 5) != 5)
		return -1;
	w = SSL_write(c->ssl, "\r\n", 2);
	if (w <= 0) {
		int e = SSL_get_error(c->ssl, w);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return w;
}

static int conn_write_capped_twin(struct conn *c, const char *buf, int len)
{
	int n = SSL_write(c->ssl, buf, len > 4096 ? 4096 : len);

	if (n != len) {
		SSL_shutdown(c->ssl);
		c->closed = 1;
	}
	return n;
}

int send_greeting_twin(struct conn *c)
{
	int w;

	ERR_clear_error();
	if (conn_write_capped_twin(c, "HELLO", 5) != 5)
		return -1;
	w = SSL_write(c->ssl, "\r\n", 2); // expect: OSSL001
	if (w <= 0) {
		int e = SSL_get_error(c->ssl, w);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return w;
}
