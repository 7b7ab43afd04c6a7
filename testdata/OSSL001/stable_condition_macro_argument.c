/* (Review of 17c2ba8, 5cebe36 and 791b484: silent before the review's fixes.)
 * Two different parameters tested through one macro: the conditions' text is
 * the macro's invocation, perhaps the same for both. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#define IF_ON(f) if (f)

int f(SSL *ssl, int a, int b, const char *buf, int len)
{
	IF_ON(a) ERR_clear_error();
	IF_ON(b) {
		int rc = SSL_write(ssl, buf, len); // expect: OSSL001
		if (rc <= 0) {
			int e = SSL_get_error(ssl, rc);
			return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
		}
	}
	return 0;
}
