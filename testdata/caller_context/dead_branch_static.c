/*
 * Findings on code no caller lets run: the static http_open()'s TLS branch
 * runs only where `secure` is true, and both of its callers pass `false`
 * (pgexporter's pgexporter_http_create(), called from its Prometheus bridge
 * and its client with `false`, though that one is not static): the
 * SSL_connect() without a clear and the SSL_get_error() code given to
 * ERR_error_string() never run. No finding in it; before, OSSL001 at the
 * SSL_connect() and OSSL006 at ERR_error_string(). A `_Bool` parameter given
 * `false` or `true` gets its copy for constant arguments (cache format 39).
 * Twins: dead_branch_library_twin.c (a function of external linkage, whose
 * callers the run may not all see), dead_branch_true_caller_twin.c,
 * dead_branch_macro_twin.c.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdbool.h>
#include <stdio.h>

struct http {
	int fd;
	SSL *ssl;
};

static int http_open(SSL_CTX *ctx, int fd, bool secure, struct http *h)
{
	h->fd = fd;
	h->ssl = NULL;
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
		h->ssl = ssl;
	}
	return 0;
}

static int bridge(SSL_CTX *ctx, int fd)
{
	struct http h;
	return http_open(ctx, fd, false, &h);
}

int main(void)
{
	struct http h;
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	if (http_open(ctx, 3, false, &h) != 0)
		return 1;
	return bridge(ctx, 4);
}
