/*
 * A connection handle with an `SSL *` field that the run never gives an SSL:
 * the handle is zeroed when it is made and the field is only ever set back
 * to NULL (the shape of a web-socket helper whose TLS support was never
 * wired up). `if (h->ssl)` is never true, so its TLS branches are dead code:
 * no finding on plain_write() or plain_destroy() (OSSL001 and OSSL003 were
 * reported there). The twins keep their OSSL001 (their classification is
 * want_again(), which handles both wants):
 *  - struct tls_handle: the run also stores SSL_new()'s result in its field;
 *  - struct copied_handle: its field may get bytes copied in (memcpy() into
 *    the struct), a value the run does not see.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct plain_handle {
	int fd;
	SSL *ssl;
};

struct plain_handle *plain_new(int fd)
{
	struct plain_handle *h = malloc(sizeof *h);

	if (!h)
		return NULL;
	memset(h, 0, sizeof *h);
	h->fd = fd;
	return h;
}

long plain_write(struct plain_handle *h, const void *data, int len)
{
	int r;

	if (h->ssl) {
		do {
			r = SSL_write(h->ssl, data, len);
		} while (r == -1 && SSL_get_error(h->ssl, r) == SSL_ERROR_WANT_WRITE);
		return r;
	}
	return write(h->fd, data, (size_t)len);
}

void plain_destroy(struct plain_handle *h)
{
	if (h->ssl) {
		int code;
		do {
			code = SSL_shutdown(h->ssl);
		} while (code == -1 && SSL_get_error(h->ssl, code) == SSL_ERROR_WANT_READ);
		SSL_free(h->ssl);
		h->ssl = NULL;
	}
	free(h);
}

static int want_again(SSL *ssl, int r)
{
	int e = SSL_get_error(ssl, r);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

struct tls_handle {
	int fd;
	SSL *ssl;
};

int tls_attach(struct tls_handle *h, SSL_CTX *ctx)
{
	h->ssl = SSL_new(ctx);
	return h->ssl ? SSL_set_fd(h->ssl, h->fd) : 0;
}

long tls_write_twin(struct tls_handle *h, const void *data, int len)
{
	int r;

	if (h->ssl) {
		do {
			r = SSL_write(h->ssl, data, len); // expect: OSSL001
		} while (r == -1 && want_again(h->ssl, r));
		return r;
	}
	return write(h->fd, data, (size_t)len);
}

struct copied_handle {
	int fd;
	SSL *ssl;
};

void copied_init(struct copied_handle *h, const void *saved)
{
	memcpy(h, saved, sizeof *h);
}

long copied_write_twin(struct copied_handle *h, const void *data, int len)
{
	int r;

	if (h->ssl) {
		do {
			r = SSL_write(h->ssl, data, len); // expect: OSSL001
		} while (r == -1 && want_again(h->ssl, r));
		return r;
	}
	h->ssl = NULL;
	return write(h->fd, data, (size_t)len);
}
