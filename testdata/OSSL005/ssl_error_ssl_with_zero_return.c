/* Bad: OpenSSL 3 reports an EOF without close_notify as SSL_ERROR_SSL
 * (reason SSL_R_UNEXPECTED_EOF_WHILE_READING); handling it with
 * SSL_ERROR_ZERO_RETURN in one || condition accepts a truncation. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int pump(SSL *ssl, char *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n); // expect: OSSL005
	if (e == SSL_ERROR_ZERO_RETURN || e == SSL_ERROR_SSL)
		return 0;
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return -2;
	return -1;
}
