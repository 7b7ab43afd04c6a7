/*
 * Shape: a do/while retry write loop that starts each iteration with a
 * same-file helper that clears the queue (summary "clears"), then writes, and
 * then sets the peer name to verify (SSL_set1_host may push: OpenSSL's code
 * raises on a failed allocation) before classifying. Not a specific project.
 *
 * Expected: OSSL002 on SSL_set1_host. The clear wrapper is inside the loop:
 * no OSSL001. Both wants in the loop condition: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_io(int fd, int for_write);

static void reset_queue(void)
{
	ERR_clear_error();
}

int write_retry(SSL *ssl, int fd, const void *buf, int len)
{
	int n, e;

	do {
		reset_queue();
		n = SSL_write(ssl, buf, len);
		if (n <= 0)
			SSL_set1_host(ssl, "example.com"); // expect: OSSL002
		e = (n > 0) ? SSL_ERROR_NONE : SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			(void) wait_io(fd, e == SSL_ERROR_WANT_WRITE);
	} while (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE);
	return n > 0 ? n : -1;
}
