/*
 * Twin of dead_branch_static.c: the function of external linkage
 * http_open_pub() is called here with `false` only, but a caller the run does
 * not see may pass `true` (a library's user, or a file of the program left
 * out of the run): its findings stay. The static http_open_static(), which
 * only this unit can call, and only with `false`, has none.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdbool.h>
#include <stdio.h>

int http_open_pub(SSL_CTX *ctx, int fd, bool secure)
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

static int http_open_static(SSL_CTX *ctx, int fd, bool secure)
{
	if (secure) {
		SSL *ssl = SSL_new(ctx);
		if (ssl == NULL || SSL_set_fd(ssl, fd) == 0)
			return -1;
		int r = SSL_connect(ssl);
		if (r != 1) {
			int err = SSL_get_error(ssl, r);
			fprintf(stderr, "connect: %s\n", ERR_error_string(err, NULL));
			SSL_free(ssl);
			return -1;
		}
		SSL_free(ssl);
	}
	return 0;
}

int plain_bridge(SSL_CTX *ctx, int fd)
{
	return http_open_pub(ctx, fd, false) + http_open_static(ctx, fd, false);
}
