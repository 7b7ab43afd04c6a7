/*
 * Shape: PostgreSQL be_tls_read()/pgtls_read() compute
 * `ecode = (err != SSL_ERROR_NONE || n < 0) ? ERR_get_error() : 0;` right
 * AFTER SSL_get_error(). Here the two statements are swapped (the mistake
 * the PostgreSQL comment warns about: "this is the earliest possible point
 * ERR_get_error() may be called"): the ?: pops one error before classifying.
 *
 * Expected: OSSL004 on the line of the ?: with ERR_get_error. Clear first: no
 * OSSL001. Both wants: no OSSL003.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void report_ssl(unsigned long code);

long be_read(SSL *ssl, void *ptr, int len, int *waitfor)
{
	int n, err;
	unsigned long ecode;

	errno = 0;
	ERR_clear_error();
	n = SSL_read(ssl, ptr, len);
	ecode = (n <= 0) ? ERR_get_error() : 0; // expect: OSSL004
	err = SSL_get_error(ssl, n);
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
		*waitfor = 1;
		n = -1;
		break;
	case SSL_ERROR_WANT_WRITE:
		*waitfor = 2;
		n = -1;
		break;
	default:
		report_ssl(ecode);
		n = -1;
		break;
	}
	return n;
}
