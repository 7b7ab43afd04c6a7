/* The program of http.c: both calls pass `false`. */
#include <openssl/ssl.h>
#include <stdbool.h>

struct http {
	int fd;
	SSL *ssl;
};

int http_open(SSL_CTX *ctx, int fd, bool secure, struct http *h);

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
