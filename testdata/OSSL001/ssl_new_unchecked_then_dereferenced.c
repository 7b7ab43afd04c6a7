/*
 * The queue is cleared, then an unchecked SSL_new(): it pushes only when it
 * fails and returns NULL, and then the next call dereferences that NULL
 * (SSL_set_ex_data() writes into the SSL: the model's null_crashes), so no
 * way with its error reaches SSL_accept(); a successful SSL_new() and a
 * checked SSL_set_fd() leave the queue empty. rspamd's ssl_util.c
 * (docs/audits.md, "Seventeenth session"), for a field and for a local.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int fd;
};

int conn_accept(struct conn *c, SSL_CTX *ctx)
{
	int ret, e;

	ERR_clear_error();
	c->ssl = SSL_new(ctx);
	SSL_set_ex_data(c->ssl, 0, c);
	if (SSL_set_fd(c->ssl, c->fd) != 1)
		return -1;
	ret = SSL_accept(c->ssl);
	if (ret == 1)
		return 1;
	e = SSL_get_error(c->ssl, ret);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int conn_connect_local(int fd, SSL_CTX *ctx)
{
	int ret, e;
	SSL *s;

	ERR_clear_error();
	s = SSL_new(ctx);
	SSL_set_connect_state(s);
	if (SSL_set_fd(s, fd) != 1)
		return -1;
	ret = SSL_connect(s);
	if (ret == 1)
		return 1;
	e = SSL_get_error(s, ret);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
