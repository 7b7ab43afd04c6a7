/*
 * Known miss, kept: `n == len` is taken as a whole write, a success, as it is
 * for every real length. A length that an int holds as negative (UINT_MAX
 * here) makes SSL_write() fail with -1 and push SSL_R_BAD_LENGTH, and
 * `(unsigned int)n == size` then holds for that failure: the second write
 * runs with the error on the queue. Telling this apart needs an upper bound
 * of the length, which the bounds analysis (lower bounds only) does not keep
 * (rules/OSSL001-stale-error-queue.md, "A known gap").
 */
#include <limits.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int send_big(SSL *ssl, char *big)
{
	unsigned int size = UINT_MAX;
	int n;

	ERR_clear_error();
	n = SSL_write(ssl, big, (int)size);
	if ((unsigned int)n == size) {
		n = SSL_write(ssl, big, 10); // expect-todo: OSSL001
		if (n <= 0) {
			int e = SSL_get_error(ssl, n);
			if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
				return 0;
			return -1;
		}
	}
	return 0;
}
