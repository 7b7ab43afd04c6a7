#include <openssl/err.h>
#include <openssl/ssl.h>

int f(SSL *ssl, int (*mode)(int), const char *buf, int len)
{
	int tls = mode(0);
	SSL_shutdown(ssl); /* may leave an error */
	for (int i = 0; i < 1; i++) {
		int tls = mode(1);
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
