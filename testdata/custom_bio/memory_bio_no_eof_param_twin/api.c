/* The param twin's other file: an exported read of the caller's SSL, and an
 * exported certificate check (no I/O: it alone would not count). */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

int api_check_peer(SSL *ssl)
{
	return SSL_get_verify_result(ssl) == X509_V_OK;
}

int api_read(SSL *ssl, char *buf, int len, int *closed)
{
	int n;

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
