/*
 * Shape: libwebsockets lws_ssl_capable_write() (v3.1.0 and current,
 * lib/tls/openssl/ssl.c / openssl-ssl.c): `m == SSL_ERROR_WANT_READ ||
 * SSL_want_read(ssl)` and `SSL_want_write(ssl)` checks. Here the result is
 * compared with WANT_READ only and SSL_want_write() covers the other want:
 * SSL_want_read/SSL_want_write anywhere in the function count as handling.
 *
 * Expected: no finding (clear first: no OSSL001).
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { MORE_SERVICE = -2, CAP_ERROR = -1 };

int capable_write(SSL *ssl, const unsigned char *buf, int len)
{
	int n, m;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n > 0)
		return n;
	m = SSL_get_error(ssl, n);
	if (m != SSL_ERROR_SYSCALL) {
		if (m == SSL_ERROR_WANT_READ)
			return MORE_SERVICE;
		if (SSL_want_write(ssl))
			return MORE_SERVICE;
	}
	return CAP_ERROR;
}
