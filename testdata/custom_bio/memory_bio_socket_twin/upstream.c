/* An upstream connection over a socket: its SSL writes to a socket, whose
 * write may ask to be retried. */
#include <openssl/ssl.h>

int upstream_attach(SSL *ssl, int fd)
{
	return SSL_set_fd(ssl, fd) == 1 ? 0 : -1;
}
