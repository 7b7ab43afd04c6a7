/*
 * Shape: a write path with `switch (SSL_get_error(...))` whose only want case
 * is SSL_ERROR_WANT_WRITE, falling through into SSL_ERROR_NONE; a write that
 * needs to read (renegotiation, post-handshake messages) hits `default`.
 * Not a specific project.
 *
 * Expected: OSSL003 on the switch line (the SSL_get_error call is there).
 * Clear first: no OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct wq { SSL *ssl; int blocked; };

int wq_flush(struct wq *q, const void *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_write(q->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(q->ssl, n)) { // expect: OSSL003
	case SSL_ERROR_WANT_WRITE:
		q->blocked = 1;
		/* fall through */
	case SSL_ERROR_NONE:
		return 0;
	default:
		return -1;
	}
}
