/*
 * Shape: a same-file "reset" helper that only clears when a flag is set, so
 * its summary is NOT "clears" (not every path to its return ends with a
 * clear). Called before SSL_peek(). Not a specific project.
 *
 * Expected: OSSL001 on SSL_peek. Both wants compared (|| in the condition):
 * no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct peer { SSL *ssl; int dirty; };

static void peer_reset_errors(struct peer *p)
{
	if (p->dirty) {
		ERR_clear_error();
		p->dirty = 0;
	}
}

int peer_peek(struct peer *p, void *buf, int len)
{
	int n, e;

	peer_reset_errors(p);
	n = SSL_peek(p->ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	e = SSL_get_error(p->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 0;
	p->dirty = 1;
	return -1;
}
