/*
 * Shape: a do/while retry loop around SSL_write() that retries only while
 * the classification is SSL_ERROR_WANT_WRITE (loop condition), with a
 * same-file helper that clears at the top of each iteration. A write that
 * wants to read ends the loop as a failure. Not a specific project.
 *
 * Expected: OSSL003 on SSL_get_error. The clear wrapper is inside the loop:
 * no OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_writable(int fd);

static void queue_reset(void)
{
	ERR_clear_error();
}

int send_retry(SSL *ssl, int fd, const void *buf, int len)
{
	int n, e;

	do {
		queue_reset();
		n = SSL_write(ssl, buf, len);
		if (n > 0)
			return n;
		e = SSL_get_error(ssl, n); // expect: OSSL003
	} while (e == SSL_ERROR_WANT_WRITE && wait_writable(fd) > 0);
	return -1;
}
