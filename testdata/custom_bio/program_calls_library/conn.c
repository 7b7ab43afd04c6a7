/* Twin of two_programs/: the program (bench.c) calls the module's read with
 * an SSL over its socket, so the module's SSLs may write to a socket after
 * all: handling only SSL_ERROR_WANT_READ is OSSL003 here too. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}
