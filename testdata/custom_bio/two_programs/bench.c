/* A benchmark client built from the same tree, its own program: see conn.c. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static int bench_read(SSL *ssl, char *buf, int len)
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

int main(int argc, char **argv)
{
	char buf[4096];
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = SSL_new(ctx);
	(void)argv;
	SSL_set_fd(ssl, argc);
	SSL_set_connect_state(ssl);
	printf("%d\n", bench_read(ssl, buf, sizeof buf));
	return 0;
}
