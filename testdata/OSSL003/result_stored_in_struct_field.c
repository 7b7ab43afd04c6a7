/*
 * Shape: nginx stores its classify wrapper's outcome in c->ssl->last and
 * CPython stores _PySSL_errno()'s struct in self->err; here SSL_get_error()'s
 * result goes straight into a connection field and is compared with only one
 * want locally. A result stored into a struct field escapes to other code that
 * may handle the other want: not reported. Not a specific project.
 *
 * Expected: no finding (clear first: no OSSL001).
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct fconn { SSL *ssl; int last_err; int want_read; };

int fconn_read(struct fconn *c, void *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	c->last_err = SSL_get_error(c->ssl, n);
	if (c->last_err == SSL_ERROR_WANT_READ)
		c->want_read = 1;
	return -1;
}
