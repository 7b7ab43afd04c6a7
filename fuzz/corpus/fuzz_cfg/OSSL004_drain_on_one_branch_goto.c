/*
 * Shape: a goto-based error path: on failure, a verbose branch pops the first
 * error for a log line, then everything jumps to a shared `classify:` label.
 * Not a specific project.
 *
 * Expected: OSSL004 on ERR_get_error (on the verbose path it runs between
 * SSL_read and SSL_get_error). ERR_error_string is pure. Clear first: no
 * OSSL001. Both wants: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void note(const char *s);

struct vconn { SSL *ssl; int verbose; int want; };

int vread(struct vconn *c, void *buf, int len)
{
	int n, e;
	unsigned long first;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	if (c->verbose) {
		first = ERR_get_error(); // expect: OSSL004
		note(ERR_error_string(first, NULL));
	}
	goto classify;
classify:
	e = SSL_get_error(c->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		c->want = e;
		return 0;
	}
	return -1;
}
