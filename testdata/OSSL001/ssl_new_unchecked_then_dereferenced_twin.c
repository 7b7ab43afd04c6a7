/*
 * Twins of ssl_new_unchecked_then_dereferenced.c that stay reported: a call
 * that dereferences the SSL proves only that SSL_new() succeeded, not that
 * what comes after pushed nothing (an unchecked SSL_set_tlsext_host_name(),
 * which SSL_ctrl() is); a call given another connection's SSL, or one made
 * after a call of the project's that may change the field, says nothing of
 * this SSL_new(); and a call that may test for NULL itself (a helper of the
 * project's) is no proof either. (Every I/O call on the SSL dereferences it
 * too, so the last three hand it to a function that does the I/O.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int fd;
};

void conn_note(struct conn *c);
void conn_attach(SSL *s, struct conn *c);

static int classify(SSL *s, int ret)
{
	int e = SSL_get_error(s, ret);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int conn_accept_with_name(struct conn *c, SSL_CTX *ctx, const char *host)
{
	int ret;

	ERR_clear_error();
	c->ssl = SSL_new(ctx);
	SSL_set_tlsext_host_name(c->ssl, host);
	if (SSL_set_fd(c->ssl, c->fd) != 1)
		return -1;
	ret = SSL_connect(c->ssl); // expect: OSSL001
	return ret == 1 ? 1 : classify(c->ssl, ret);
}

/* Reached from one caller each; no clear of their own. */
static int conn_do_accept(struct conn *c)
{
	int ret = SSL_accept(c->ssl); // expect: OSSL001
	return ret == 1 ? 1 : classify(c->ssl, ret);
}

static int conn_do_connect(struct conn *c)
{
	int ret = SSL_connect(c->ssl); // expect: OSSL001
	return ret == 1 ? 1 : classify(c->ssl, ret);
}

int conn_accept_other(struct conn *c, struct conn *listener, SSL_CTX *ctx)
{
	ERR_clear_error();
	c->ssl = SSL_new(ctx);
	SSL_set_ex_data(listener->ssl, 0, c);
	return conn_do_accept(c);
}

int conn_accept_after_note(struct conn *c, SSL_CTX *ctx)
{
	int ret;

	ERR_clear_error();
	c->ssl = SSL_new(ctx);
	conn_note(c);
	SSL_set_ex_data(c->ssl, 0, c);
	if (SSL_set_fd(c->ssl, c->fd) != 1)
		return -1;
	ret = SSL_accept(c->ssl); // expect: OSSL001
	return ret == 1 ? 1 : classify(c->ssl, ret);
}

int conn_accept_helper(struct conn *c, SSL_CTX *ctx)
{
	ERR_clear_error();
	c->ssl = SSL_new(ctx);
	conn_attach(c->ssl, c);
	return conn_do_connect(c);
}
