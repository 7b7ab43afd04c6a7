/*
 * SSL_read_ex() returns 1 or 0, not a count: code classifies its failure with
 * a constant, SSL_get_error(ssl, 0) or SSL_get_error(ssl, -1).
 * SSL_get_error() only asks whether
 * its argument is > 0, so a constant <= 0 is right after a failed call.
 * Not reported. Expected: nothing.
 */
#include <stddef.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int read_ex_step(SSL *ssl, char *buf, size_t len, size_t *got)
{
	int e;

	ERR_clear_error();
	if (SSL_read_ex(ssl, buf, len, got))
		return 1;
	e = SSL_get_error(ssl, 0);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}

int write_ex_step(SSL *ssl, const char *buf, size_t len, size_t *put)
{
	int e;

	ERR_clear_error();
	if (SSL_write_ex(ssl, buf, len, put))
		return 1;
	e = SSL_get_error(ssl, -1);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}
