/*
 * Shape: "print what went wrong, then find out what it was": the queue is
 * printed with ERR_print_errors_fp() (which empties it) between SSL_write()
 * and SSL_get_error(). Seen in tutorials and small servers; not a specific
 * project.
 *
 * Expected: OSSL004 on ERR_print_errors_fp. Clear first: no OSSL001. Both
 * wants: no OSSL003.
 */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int send_logged(SSL *ssl, const void *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n <= 0) {
		fprintf(stderr, "SSL_write failed:\n");
		ERR_print_errors_fp(stderr); // expect: OSSL004
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ)
			return 0;
		return -1;
	}
	return n;
}
