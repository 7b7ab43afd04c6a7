/*
 * An SSL made by the project's own factory, which returns SSL_new()'s result
 * or NULL and runs no TLS I/O (slrn's alloc_ssl(), src/sltcp.c), then
 * connected: the SSL is before its handshake, as one fresh from SSL_new() in
 * the same function is, so SSL_connect() runs state_machine(), which begins
 * with ERR_clear_error(), and its success leaves the queue empty. The error
 * an unchecked SSL_CTX_load_verify_locations() left is gone by the read: no
 * finding, for an SSL kept in a local and for one stored in a field.
 * Twins (handshake_of_ssl_from_factory_twin.c): a factory that also
 * connects (the SSL it hands out may be established: SSL_connect() then
 * returns 1 at once and clears nothing), and one that may hand out an SSL
 * it keeps in a global.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL_CTX *ctx;
	SSL *ssl;
	int fd;
};

static SSL *make_ssl(SSL_CTX *ctx)
{
	SSL *ssl = SSL_new(ctx);
	if (ssl == NULL)
		return NULL;
	SSL_set_connect_state(ssl);
	return ssl;
}

static SSL *make_ssl_direct(SSL_CTX *ctx)
{
	if (ctx == NULL)
		return NULL;
	return SSL_new(ctx);
}

static int conn_read(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int run_local(SSL_CTX *ctx, int fd, const char *ca)
{
	char buf[1024];
	SSL_CTX_load_verify_locations(ctx, ca, NULL); /* a failure is left on the queue */
	SSL *ssl = make_ssl(ctx);
	if (ssl == NULL)
		return -1;
	if (!SSL_set_fd(ssl, fd))
		return -1;
	if (SSL_connect(ssl) != 1)
		return -1;
	return conn_read(ssl, buf, sizeof buf);
}

static int conn_field_read(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int run_field(struct conn *c, const char *ca)
{
	char buf[1024];
	SSL_CTX_load_verify_locations(c->ctx, ca, NULL);
	c->ssl = make_ssl_direct(c->ctx);
	if (c->ssl == NULL)
		return -1;
	if (!SSL_set_fd(c->ssl, c->fd))
		return -1;
	if (SSL_connect(c->ssl) != 1)
		return -1;
	return conn_field_read(c, buf, sizeof buf);
}
