#include <openssl/ssl.h>
#include <fcntl.h>
#include <stdio.h>

int (*tls_reader)(SSL *ssl, char *buf, int len);

int main(int argc, char **argv)
{
	char buf[4096];
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = SSL_new(ctx);
	int fd = argc; /* a connected socket */
	(void)argv;
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	SSL_set_fd(ssl, fd);
	SSL_set_connect_state(ssl);
	if (tls_reader)
		printf("%d\n", tls_reader(ssl, buf, sizeof buf));
	return 0;
}
