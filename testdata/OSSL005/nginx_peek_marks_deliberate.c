/* Good (deliberate): nginx ngx_ssl_handle_recv() shape. An EOF is taken as a
 * clean close only when the queue is empty (`|| ERR_peek_error() == 0`): the
 * condition itself checks that no error came with it. Not reported. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int handle_recv(SSL *ssl, int n)
{
	int sslerr;

	if (n > 0)
		return n;
	sslerr = SSL_get_error(ssl, n);
	if (sslerr == SSL_ERROR_WANT_READ || sslerr == SSL_ERROR_WANT_WRITE)
		return -2;
	if (sslerr == SSL_ERROR_ZERO_RETURN || ERR_peek_error() == 0)
		return 0;
	return -1;
}

int recv_once(SSL *ssl, char *buf, int len)
{
	ERR_clear_error();
	return handle_recv(ssl, SSL_read(ssl, buf, len));
}
