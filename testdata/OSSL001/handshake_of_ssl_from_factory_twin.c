/*
 * Twins of handshake_of_ssl_from_factory.c, each reported: a factory that
 * also connects hands out an SSL whose handshake may be over, so the
 * caller's SSL_connect() returns 1 at once and clears nothing; a factory
 * that may hand out the SSL it keeps in a global (an established one) is no
 * maker of new SSLs. The error the unchecked SSL_CTX_load_verify_locations()
 * left reaches the read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static SSL *shared_ssl;

static SSL *make_connected_ssl(SSL_CTX *ctx, int fd)
{
	SSL *ssl = SSL_new(ctx);
	if (ssl == NULL)
		return NULL;
	SSL_set_fd(ssl, fd);
	ERR_clear_error();
	if (SSL_connect(ssl) != 1) {
		SSL_free(ssl);
		return NULL;
	}
	return ssl;
}

static SSL *make_or_reuse_ssl(SSL_CTX *ctx)
{
	if (shared_ssl != NULL)
		return shared_ssl;
	return SSL_new(ctx);
}

static int conn_read_a(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
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

static int conn_read_b(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
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

int run_connected(SSL_CTX *ctx, int fd, const char *ca)
{
	char buf[1024];
	SSL *ssl = make_connected_ssl(ctx, fd);
	if (ssl == NULL)
		return -1;
	SSL_CTX_load_verify_locations(ctx, ca, NULL); /* a failure is left on the queue */
	if (SSL_connect(ssl) != 1)
		return -1;
	return conn_read_a(ssl, buf, sizeof buf);
}

int run_reused(SSL_CTX *ctx, int fd, const char *ca)
{
	char buf[1024];
	SSL_CTX_load_verify_locations(ctx, ca, NULL);
	SSL *ssl = make_or_reuse_ssl(ctx);
	if (ssl == NULL)
		return -1;
	if (!SSL_set_fd(ssl, fd))
		return -1;
	if (SSL_connect(ssl) != 1)
		return -1;
	return conn_read_b(ssl, buf, sizeof buf);
}
