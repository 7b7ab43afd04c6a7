/*
 * Shape: generic non-blocking read, like many hand-written event-loop
 * wrappers: the queue is cleared only when the connection is "fresh".
 * Not taken from a specific project.
 *
 * A clear on one branch of an if does not cover the path through the other
 * branch, which starts at function entry (the caller may have left errors).
 *
 * Expected: OSSL001 on SSL_read. Both wants compared: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct conn { SSL *ssl; int fresh; int want; };

int conn_read(struct conn *c, void *buf, int len)
{
	int n, err;

	if (c->fresh) {
		ERR_clear_error();
		c->fresh = 0;
	}
	n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	err = SSL_get_error(c->ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
		c->want = err;
		return 0;
	}
	return -1;
}
