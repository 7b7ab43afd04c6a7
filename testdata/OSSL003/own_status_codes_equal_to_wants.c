/* A field classifier that returns the project's own status codes
 * (IO_AGAIN happens to be 2, the value of SSL_ERROR_WANT_READ). It maps both
 * wants to IO_AGAIN; the caller tests IO_AGAIN. A classifier whose summary
 * does not say it returns the SSL_ERROR_* code is not asked for both wants
 * in its caller. Correct code: nothing. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <errno.h>

enum io_status { IO_DONE, IO_ERROR, IO_AGAIN };

typedef struct { SSL *ssl; int ret; } tls_t;

long tls_write(tls_t *t, const void *buf, int len)
{
	ERR_clear_error();
	return t->ret = SSL_write(t->ssl, buf, len);
}

enum io_status tls_status(tls_t *t)
{
	switch (SSL_get_error(t->ssl, t->ret)) {
	case SSL_ERROR_NONE:
		return IO_DONE;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return IO_AGAIN;
	default:
		return IO_ERROR;
	}
}

int send_all(tls_t *t, const char *b, int n)
{
	while (n > 0) {
		long w = tls_write(t, b, n);
		if (w <= 0) {
			enum io_status st = tls_status(t);
			if (st == IO_AGAIN)
				continue;	/* poll() elided */
			return -1;
		}
		b += w;
		n -= (int)w;
	}
	return 0;
}
