/* (Review of 17c2ba8, 5cebe36 and 791b484: silent before the review's fixes.)
 * The parameter `tls` and an inner local `tls` share the key "tls": the inner
 * test's edge is taken for the outer parameter's. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int f(SSL *ssl, int tls, int (*mode)(void), const char *buf, int len)
{
	SSL_shutdown(ssl); /* may leave an error */
	{
		int tls = mode();
		if (tls)
			ERR_clear_error();
	}
	if (tls) {
		int rc = SSL_write(ssl, buf, len); // expect: OSSL001
		if (rc <= 0) {
			int e = SSL_get_error(ssl, rc);
			return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
		}
	}
	return 0;
}
