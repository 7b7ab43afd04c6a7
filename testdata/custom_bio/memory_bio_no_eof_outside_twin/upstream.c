/* An SSL whose socket a library attaches (declared only: e.g. a connection
 * pool's pool_tls_connect(), which calls SSL_set_fd() itself): its read can meet
 * an end without close_notify, and taking SSL_ERROR_SYSCALL as a close hides it. */
#include <openssl/err.h>
#include <openssl/ssl.h>

SSL *pool_tls_connect(SSL_CTX *ctx, const char *host);

int upstream_read(SSL_CTX *ctx, char *buf, int len, int *closed)
{
	SSL *ssl = pool_tls_connect(ctx, "upstream");
	int n;

	if (!ssl)
		return -1;
	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) { // expect: OSSL005
	case SSL_ERROR_ZERO_RETURN:
	case SSL_ERROR_SYSCALL:
		*closed = 1;
		return 0;
	default:
		return -1;
	}
}
