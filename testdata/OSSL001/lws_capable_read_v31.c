/*
 * Shape: libwebsockets v3.1.0 (tag v3.1.0, lib/tls/openssl/ssl.c):
 * lws_ssl_get_error(), lws_ssl_capable_read(), lws_ssl_capable_write().
 * Renamed and stripped; not the real code.
 *
 * Bug (the 2019-07 libwebsockets mailing-list report): no ERR_clear_error()
 * before SSL_read()/SSL_write(). The result goes to a same-file wrapper that
 * passes it to SSL_get_error(), so the wrapper call classifies it. An error
 * left on the queue by another connection makes a healthy WANT_READ look like
 * SSL_ERROR_SYSCALL. Fixed upstream in 89fd3d822 / f43cd02a9 (2019-07-10).
 *
 * Expected: OSSL001 on SSL_read and on SSL_write (function entry, no clear).
 * No OSSL003: SSL_want_read()/SSL_want_write() handle both wants in the read;
 * the write compares both constants. ERR_error_string() is pure and the
 * describe call in the write runs after the classification: no OSSL002/004.
 * OSSL006 on the write's failure log: ERR_error_string() of the
 * SSL_get_error() code m (lws v3.1's `lwsl_debug(... ERR_error_string(m, NULL))`).
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void ws_log(const char *fmt, ...);
void ws_stats_bump(int what, int n);

struct ws_conn { SSL *ssl; int unusable; };

enum { CAPABLE_ERROR = -1, CAPABLE_MORE_SERVICE = -2 };

int ws_ssl_get_error(struct ws_conn *wc, int n)
{
	int m;

	if (!wc->ssl)
		return 99;
	m = SSL_get_error(wc->ssl, n);
	ws_log("ssl err %d -> %d (errno %d)", n, m, errno);
	return m;
}

void ws_describe_errors(void)
{
	char buf[256];
	unsigned long err;

	while ((err = ERR_get_error()) != 0) {
		ERR_error_string_n(err, buf, sizeof(buf));
		ws_log("*** %s", buf);
	}
}

int ws_capable_read(struct ws_conn *wc, unsigned char *buf, int len)
{
	int n, m;

	ws_stats_bump(1, 1);
	errno = 0;
	n = SSL_read(wc->ssl, buf, len); // expect: OSSL001
	ws_log("SSL_read says %d", n);
	if (n <= 0) {
		m = ws_ssl_get_error(wc, n);
		if (m == SSL_ERROR_ZERO_RETURN)
			return CAPABLE_ERROR;
		if (m == SSL_ERROR_SSL || m == SSL_ERROR_SYSCALL) {
			wc->unusable = 1;
			return CAPABLE_ERROR;
		}
		if (SSL_want_read(wc->ssl))
			return CAPABLE_MORE_SERVICE;
		if (SSL_want_write(wc->ssl))
			return CAPABLE_MORE_SERVICE;
	}
	return n;
}

int ws_capable_write(struct ws_conn *wc, unsigned char *buf, int len)
{
	int n, m;

	n = SSL_write(wc->ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	m = ws_ssl_get_error(wc, n);
	if (m != SSL_ERROR_SYSCALL) {
		if (m == SSL_ERROR_WANT_READ || SSL_want_read(wc->ssl))
			return CAPABLE_MORE_SERVICE;
		if (m == SSL_ERROR_WANT_WRITE || SSL_want_write(wc->ssl))
			return CAPABLE_MORE_SERVICE;
	}
	ws_log("failed: %s", ERR_error_string((unsigned long)m, NULL)); // expect: OSSL006
	ws_describe_errors();
	wc->unusable = 1;
	return CAPABLE_ERROR;
}
