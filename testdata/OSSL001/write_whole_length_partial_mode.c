/*
 * The shape of write_whole_length_then_count.c's conn_write(), in a run that
 * turns partial writes on (SSL_MODE_ENABLE_PARTIAL_WRITE): SSL_write() may
 * then succeed with less than its length, so `n != len` is no failure, and
 * the way through the block (SSL_shutdown() may push) reaches the caller's
 * success too. The finding stays. Its twin is that file's clean shape.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int closed;
};

void conn_init(SSL_CTX *ctx)
{
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
}

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
	w = SSL_write(c->ssl, "\r\n", 2); // expect: OSSL001
	if (w <= 0) {
		int e = SSL_get_error(c->ssl, w);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return w;
}
