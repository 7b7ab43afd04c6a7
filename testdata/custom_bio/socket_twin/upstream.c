/* The bug twin of buffered_filter/: another SSL of the run (an upstream
 * connection) writes to a socket, so SSL_ERROR_WANT_WRITE can happen and
 * conn.c's read handling only WANT_READ is OSSL003 (the checker does not
 * follow which SSL gets which BIO). */
#include <openssl/ssl.h>

int connect_upstream(SSL *ssl, int fd)
{
	return SSL_set_fd(ssl, fd) == 1 ? 0 : -1;
}
