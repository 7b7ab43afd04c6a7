/*
 * Shape: a retry loop around a classify wrapper, with a "retry anyway" flag.
 * Written for ossl-lint; not the real code.
 *
 * classify() returns R_OK only where n > 0, but the caller overwrites its
 * result with R_OK when `force` is set: the loop then goes round after a
 * failed SSL_read() that may have left an error. What the variable held is
 * forgotten at the assignment, so the R_OK test proves nothing.
 *
 * Expected: OSSL001 on SSL_read.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };

static int classify(SSL *ssl, int n)
{
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? R_AGAIN : R_ERROR;
	}
	return R_OK;
}

int read_forced(SSL *ssl, unsigned char *buf, int size, int force)
{
	int n, r, total = 0;

	ERR_clear_error();
	while (total < size) {
		n = SSL_read(ssl, buf + total, size - total); // expect: OSSL001
		r = classify(ssl, n);
		if (force)
			r = R_OK;
		if (r != R_OK)
			return total ? total : r;
		if (n > 0)
			total += n;
	}
	return total;
}
