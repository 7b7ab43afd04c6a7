/* The connection's read: handles SSL_ERROR_WANT_READ only (see filter_bio.c). */
#include <openssl/err.h>
#include <openssl/ssl.h>

int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}
