/*
 * Shape: a status mapping done with ?: that only knows SSL_ERROR_WANT_WRITE
 * (a write path written assuming a write can only want to write).
 * Not a specific project.
 *
 * Expected: OSSL003 on SSL_get_error (the result is compared, not returned:
 * the function returns a status derived from it). Clear first: no OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum wstatus { W_DONE, W_AGAIN, W_FAIL };

enum wstatus push_bytes(SSL *ssl, const void *buf, int len)
{
	int n, e;
	enum wstatus st;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n > 0)
		return W_DONE;
	e = SSL_get_error(ssl, n); // expect: OSSL003
	st = (e == SSL_ERROR_WANT_WRITE) ? W_AGAIN : W_FAIL;
	return st;
}
