/*
 * Twin of dead_branch_static.c: one of the program's calls passes `true`, so
 * the TLS branch runs and its findings stay; and a function whose address is
 * taken (a handler table's) may be called with anything.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdbool.h>
#include <stdio.h>

static int http_open(SSL_CTX *ctx, int fd, bool secure)
{
	if (secure) {
		SSL *ssl = SSL_new(ctx);
		if (ssl == NULL || SSL_set_fd(ssl, fd) == 0)
			return -1;
		int r = SSL_connect(ssl); // expect: OSSL001
		if (r != 1) {
			int err = SSL_get_error(ssl, r);
			fprintf(stderr, "connect: %s\n", ERR_error_string(err, NULL)); // expect: OSSL006
			SSL_free(ssl);
			return -1;
		}
		SSL_free(ssl);
	}
	return 0;
}

static int http_open_handler(SSL_CTX *ctx, int fd, bool secure)
{
	if (secure) {
		SSL *ssl = SSL_new(ctx);
		if (ssl == NULL || SSL_set_fd(ssl, fd) == 0)
			return -1;
		int r = SSL_connect(ssl); // expect: OSSL001
		if (r != 1) {
			int err = SSL_get_error(ssl, r);
			fprintf(stderr, "connect: %s\n", ERR_error_string(err, NULL)); // expect: OSSL006
			SSL_free(ssl);
			return -1;
		}
		SSL_free(ssl);
	}
	return 0;
}

int (*open_handler)(SSL_CTX *, int, bool) = http_open_handler;

int main(void)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	int a = http_open(ctx, 3, false);
	int b = http_open(ctx, 4, true);
	int c = http_open_handler(ctx, 5, false);
	return a + b + c;
}
