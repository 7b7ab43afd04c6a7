/*
 * FALSE OSSL005: the wrapper keeps the read's result in the connection and
 * the caller classifies it through a project function that calls
 * SSL_get_error() on that stored result (no return-value parameter, so it is
 * not taken as a classifier). The 0 is told apart from a premature close.
 * (The same shape with SSL_read() inline is already reported before the
 * wrapper feature: a rule limitation, but the wrapper form - where storing the
 * result for a later getter is usual - is new.) Expected: clean.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void io_close(SSL *s);
void fail(SSL *s);
void deliver(const char *p, int n);

struct conn { SSL *ssl; int last; };

static int conn_read(struct conn *c, void *b, int l) {
	int n = SSL_read(c->ssl, b, l);
	c->last = n;
	return n;
}

static int conn_clean_eof(struct conn *c) {
	return SSL_get_error(c->ssl, c->last) == SSL_ERROR_ZERO_RETURN;
}

void on_read(struct conn *c, char *b) {
	ERR_clear_error();
	int n = conn_read(c, b, 100); /* reported: false */
	if (n == 0) {
		if (conn_clean_eof(c)) io_close(c->ssl);
		else fail(c->ssl);
		return;
	}
	if (n > 0) deliver(b, n);
}
