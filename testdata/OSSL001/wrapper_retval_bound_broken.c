/*
 * Wrappers whose R_OK does NOT prove that the I/O result they were given was
 * a success, because the parameter changed before the `n > 0` test: the
 * summary must not say "returns R_OK only when argument 2 >= 1". Written for
 * ossl-lint (from a review of return-value summaries); not real code.
 *
 * classify_pending() replaces n with SSL_pending() after a want;
 * classify_close_as_progress() turns a clean close into n = 1. Their callers
 * clear once and loop while the wrapper says R_OK, so the loop may go round
 * after a failed SSL_read().
 *
 * Expected: OSSL001 on both SSL_read calls.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };

static int classify_pending(SSL *ssl, int n)
{
	int e;

	if (n <= 0) {
		e = SSL_get_error(ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			return R_ERROR;
		n = SSL_pending(ssl);
	}
	if (n > 0)
		return R_OK;
	return R_AGAIN;
}

static int classify_close_as_progress(SSL *ssl, int n)
{
	int e = SSL_get_error(ssl, n);

	if (e == SSL_ERROR_ZERO_RETURN)
		n++;
	if (n > 0)
		return R_OK;
	return R_ERROR;
}

int read_while_pending(SSL *ssl, unsigned char *buf, int size)
{
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		if (classify_pending(ssl, n) != R_OK)
			return -1;
	}
}

int read_through_close(SSL *ssl, unsigned char *buf, int size)
{
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		if (classify_close_as_progress(ssl, n) != R_OK)
			return -1;
	}
}
