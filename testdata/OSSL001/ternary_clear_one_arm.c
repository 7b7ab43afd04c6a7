/*
 * Shape: a clear hidden in one arm of a ?: expression (void arms). The other
 * arm does nothing, so the path through it reaches SSL_write() with whatever
 * the caller left on the queue. Not a specific project.
 *
 * Expected: OSSL001 on SSL_write. Both wants compared: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct out { SSL *ssl; int paranoid; int need; };

int out_write(struct out *o, const void *buf, int len)
{
	int n, e;

	o->paranoid ? ERR_clear_error() : (void)0;
	n = SSL_write(o->ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	e = SSL_get_error(o->ssl, n);
	if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) {
		o->need = e;
		return 0;
	}
	return -1;
}
