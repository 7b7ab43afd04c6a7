/* See conn.c: this program reads through the module. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

int conn_read(SSL *ssl, char *buf, int len);

int main(int argc, char **argv)
{
	char buf[4096];
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = SSL_new(ctx);
	(void)argv;
	SSL_set_fd(ssl, argc);
	SSL_set_connect_state(ssl);
	printf("%d\n", conn_read(ssl, buf, sizeof buf));
	return 0;
}
