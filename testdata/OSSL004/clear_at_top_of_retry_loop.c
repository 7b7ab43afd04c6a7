/*
 * Shape: the fixed CPython-style retry loop (clear as the first statement of
 * the do/while body) with a same-file helper that drains until empty at the
 * top of the loop. On the second iteration the drain lies on a path from the
 * FIRST SSL_read_ex() to the second classification, but that classification
 * classifies the SECOND SSL_read_ex() (retval is reassigned in between), so
 * it is not OSSL004. An analyzer must kill the earlier io call at the
 * reassignment. Not a specific project.
 *
 * Expected: no finding.
 */
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_io(int fd, int for_write);

static void drain_all(void)
{
	while (ERR_get_error() != 0)
		continue;
}

long read_some(SSL *ssl, int fd, char *mem, size_t len)
{
	size_t count = 0;
	int retval, e;

	do {
		drain_all();
		retval = SSL_read_ex(ssl, mem, len, &count);
		e = retval ? SSL_ERROR_NONE : SSL_get_error(ssl, retval);
		if (e == SSL_ERROR_WANT_READ && wait_io(fd, 0) <= 0)
			return -1;
		if (e == SSL_ERROR_WANT_WRITE && wait_io(fd, 1) <= 0)
			return -1;
	} while (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE);
	return retval ? (long)count : -1;
}
