#include <openssl/ssl.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

_Atomic(SSL *) g_ssl;

int main(int argc, char **argv)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = SSL_new(ctx);
	int fd = argc; /* a connected socket */

	(void)argv;
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	SSL_set_fd(ssl, fd);
	SSL_set_connect_state(ssl);
	atomic_store(&g_ssl, ssl);
	pause();
	return 0;
}
