/*
 * SSL_ERROR_ZERO_RETURN has its own case, and the default returns the same
 * 0: SSL_ERROR_SYSCALL and SSL_ERROR_SSL (OpenSSL 3's EOF without
 * close_notify) reach the default, so the caller takes a truncation for the
 * clean end of the stream. Shaped after small servers' read functions.
 * Expected: OSSL005 at the classification. The twin's default returns an
 * error and is silent.
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
	switch (SSL_get_error(ssl, n)) { // expect: OSSL005
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	default:
		return 0;
	}
}

int tls_read_twin(SSL *ssl, char *buf, int len)
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
		return -1;
	}
}
