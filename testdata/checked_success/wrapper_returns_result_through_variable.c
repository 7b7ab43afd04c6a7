/*
 * A project wrapper that logs around SSL_new() and returns its result through
 * a variable (socat's sycSSL_new: `result = SSL_new(ctx); Debug(...); return
 * result;`) pushes only when it returns NULL, as SSL_new() does: a caller that
 * checks the wrapper's result for NULL knows the queue is as before the call.
 * Expected: no finding in start_tls; start_tls_twin uses a wrapper that also
 * loads a certificate (which may push on its own) before returning: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void log_debug(const char *what, const void *p);

static SSL *logged_ssl_new(SSL_CTX *ctx)
{
	SSL *result;

	log_debug("SSL_new", ctx);
	result = SSL_new(ctx);
	log_debug("SSL_new ->", result);
	return result;
}

static SSL *loading_ssl_new(SSL_CTX *ctx, const char *cert)
{
	SSL *result;

	result = SSL_new(ctx);
	SSL_use_certificate_file(result, cert, SSL_FILETYPE_PEM);
	return result;
}

static int finish(SSL *ssl, int rc)
{
	switch (SSL_get_error(ssl, rc)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int start_tls(SSL_CTX *ctx, int fd)
{
	SSL *ssl;
	int rc;

	ERR_clear_error();
	ssl = logged_ssl_new(ctx);
	if (ssl == NULL)
		return -1;
	if (!SSL_set_fd(ssl, fd))
		return -1;
	rc = SSL_connect(ssl);
	if (rc == 1)
		return 1;
	return finish(ssl, rc);
}

int start_tls_twin(SSL_CTX *ctx, int fd, const char *cert)
{
	SSL *ssl;
	int rc;

	ERR_clear_error();
	ssl = loading_ssl_new(ctx, cert);
	if (ssl == NULL)
		return -1;
	if (!SSL_set_fd(ssl, fd))
		return -1;
	rc = SSL_connect(ssl); // expect: OSSL001
	if (rc == 1)
		return 1;
	return finish(ssl, rc);
}
