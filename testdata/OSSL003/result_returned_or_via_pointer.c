/*
 * Shape: classifications whose result leaves the function: returned directly
 * (libwebsockets' lws_ssl_get_error returns m), or stored through an out
 * pointer for the caller to act on. The caller handles the wants, so these
 * are not OSSL003 even though one want is compared locally. Not a specific
 * project.
 *
 * Expected: no finding (clear before each io call: no OSSL001).
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int read_classify(SSL *ssl, void *buf, int len, int *ssl_err)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n <= 0) {
		*ssl_err = SSL_get_error(ssl, n);
		if (*ssl_err == SSL_ERROR_WANT_READ)
			return 0;
	}
	return n;
}

int write_classify(SSL *ssl, const void *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n > 0)
		return SSL_ERROR_NONE;
	e = SSL_get_error(ssl, n);
	return e;
}
