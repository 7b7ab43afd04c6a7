/* Good: the result is classified first; the test for 0 comes after, together
 * with SSL_ERROR_ZERO_RETURN (curl ossl_shutdown shape). */
#include <openssl/ssl.h>
#include <openssl/err.h>

int peer_closed(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	err = SSL_get_error(ssl, n);
	if (!n && err == SSL_ERROR_ZERO_RETURN)
		return 1;
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}
