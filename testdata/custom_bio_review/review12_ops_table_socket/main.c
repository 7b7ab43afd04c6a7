/* The program: a non-blocking socket under its SSL, read through the
 * library's exported table (no direct call, no address taken here). */
#include <openssl/ssl.h>
#include <fcntl.h>
#include <stdio.h>

struct conn_ops {
	int (*read)(SSL *ssl, char *buf, int len);
};
extern const struct conn_ops tls_conn_ops;

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
	printf("%d\n", tls_conn_ops.read(ssl, buf, sizeof buf));
	return 0;
}
