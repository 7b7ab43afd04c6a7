/*
 * Shape: a write that tests its SSL twice before the I/O (lighttpd2's
 * do_ssl_write(): `if (NULL != f->ssl && !f->done && !handshake(f)) goto out;`
 * then `if (NULL == f->ssl) { abort_ssl(f); goto out; }`), entered from a
 * callback whose callers are not known, with no clear before SSL_shutdown().
 *
 * Expected: OSSL001 at SSL_shutdown(); its path takes the same way at both
 * tests of `c->ssl` (non-NULL), never "`NULL != c->ssl` is false" and then
 * "`NULL == c->ssl` is false", which no run can take (tests/test_formats.py
 * checks the path).
 */
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

struct conn {
	SSL *ssl;
	int done;
	int closing;
};

int handshake(struct conn *c);
void abort_ssl(struct conn *c);

int write_or_close(struct conn *c)
{
	int r;

	if (NULL != c->ssl && !c->done && !handshake(c))
		goto out;
	if (NULL == c->ssl) {
		abort_ssl(c);
		goto out;
	}
	if (c->closing) {
		r = SSL_shutdown(c->ssl); // expect: OSSL001
		if (r < 0 && SSL_get_error(c->ssl, r) == SSL_ERROR_SSL)
			abort_ssl(c);
	}
out:
	return 0;
}
