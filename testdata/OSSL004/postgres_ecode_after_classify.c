/*
 * Shape: PostgreSQL src/interfaces/libpq/fe-secure-openssl.c pgtls_read()
 * (master): `rloop:` label, SOCK_ERRNO_SET(0), ERR_clear_error(), SSL_read(),
 * SSL_get_error(), THEN `ecode = (err != SSL_ERROR_NONE || n < 0) ?
 * ERR_get_error() : 0;`, then a switch whose WANT_WRITE case does
 * `goto rloop`. Renamed and stripped; not the real code.
 *
 * The drain comes right after the classification ("the earliest possible
 * point"): not OSSL004. The goto target is before the clear: no OSSL001.
 * Expected: no finding.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void append_error(const char *fmt, unsigned long code);

long fe_read(SSL *ssl, void *ptr, int len)
{
	int n, err, result_errno = 0;
	unsigned long ecode;

rloop:
	errno = 0;
	ERR_clear_error();
	n = SSL_read(ssl, ptr, len);
	err = SSL_get_error(ssl, n);
	ecode = (err != SSL_ERROR_NONE || n < 0) ? ERR_get_error() : 0;
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
		n = 0;
		break;
	case SSL_ERROR_WANT_WRITE:
		goto rloop;
	case SSL_ERROR_SSL:
		append_error("SSL error: %lu", ecode);
		result_errno = ECONNRESET;
		n = -1;
		break;
	default:
		result_errno = ECONNRESET;
		n = -1;
		break;
	}
	errno = result_errno;
	return n;
}
