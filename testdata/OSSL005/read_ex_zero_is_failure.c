/* Good: SSL_read_ex() returns 0 for every failure, not a byte count; its 0
 * is not mistaken for an EOF here: the failure is classified. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int read_ex_step(SSL *ssl, char *buf, size_t len, size_t *got)
{
	int err;

	ERR_clear_error();
	if (SSL_read_ex(ssl, buf, len, got) == 1)
		return 1;
	err = SSL_get_error(ssl, 0);
	if (err == SSL_ERROR_ZERO_RETURN)
		return 0;
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return -2;
	return -1;
}
