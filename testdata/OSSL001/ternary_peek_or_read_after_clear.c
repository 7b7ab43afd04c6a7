/*
 * Shape: one result variable assigned from either SSL_peek() or SSL_read()
 * in the two arms of a ?:, both after a clear. The classification classifies
 * both io calls (the ones last assigned to `ret` on the paths reaching it);
 * both are preceded by the clear. Not a specific project.
 *
 * Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int read_or_peek(SSL *ssl, void *buf, int len, int peek, int *want)
{
	int ret, e;

	ERR_clear_error();
	ret = peek ? SSL_peek(ssl, buf, len) : SSL_read(ssl, buf, len);
	if (ret > 0)
		return ret;
	e = SSL_get_error(ssl, ret);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		*want = e;
		return 0;
	}
	return -1;
}
