/* The socket twin's other file: an SSL given a socket. */
#include <openssl/ssl.h>

SSL *upstream_connect(SSL_CTX *ctx, int fd)
{
	SSL *ssl = SSL_new(ctx);
	if (ssl && SSL_set_fd(ssl, fd) != 1) {
		SSL_free(ssl);
		return NULL;
	}
	return ssl;
}
