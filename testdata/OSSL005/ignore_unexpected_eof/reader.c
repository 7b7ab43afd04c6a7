/*
 * The default returns the clean close's 0 (default_returns_like_zero_return.c's
 * shape), in a run whose context sets SSL_OP_IGNORE_UNEXPECTED_EOF (setup.c):
 * a choice, not a finding. Expected: nothing.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int tls_read(SSL *ssl, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	default:
		return 0;
	}
}
