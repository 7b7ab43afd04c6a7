/*
 * Shape: libwebsockets current main lib/tls/openssl/openssl-ssl.c
 * lws_ssl_get_error() (since c0267ecee, 2024-09): the classify wrapper calls
 * SSL_get_error() and then, on SSL_ERROR_SSL, pops the first error with
 * ERR_get_error() and drains the rest. A call to it is a classification that
 * drains AFTER classifying: the call itself must not be taken for a drain
 * placed before a classification. Renamed and stripped.
 *
 * Expected: no finding (clear before the read: no OSSL001; SSL_want_read/
 * SSL_want_write handle both wants).
 */
#include <errno.h>
#include <string.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void ws_log(const char *fmt, ...);

struct ws_conn { SSL *ssl; char err_helper[64]; int unusable; };

static void describe_clear(void)
{
	char buf[160];
	unsigned long l;

	while ((l = ERR_get_error()) != 0) {
		ERR_error_string_n(l, buf, sizeof(buf));
		ws_log("   openssl error: %s", buf);
	}
}

int ws_ssl_get_error(struct ws_conn *wc, int n)
{
	unsigned long l;
	int m;

	if (!wc->ssl)
		return 99;
	m = SSL_get_error(wc->ssl, n);
	if (m == SSL_ERROR_SSL) {
		if (!wc->err_helper[0]) {
			l = ERR_get_error();
			if (l)
				ERR_error_string_n(l, wc->err_helper, sizeof(wc->err_helper));
		}
		describe_clear();
	}
	return m;
}

int ws_capable_read(struct ws_conn *wc, unsigned char *buf, int len)
{
	int n, m;

	errno = 0;
	ERR_clear_error();
	memset(buf, 0, (size_t)len);
	n = SSL_read(wc->ssl, buf, len);
	if (n <= 0) {
		m = ws_ssl_get_error(wc, n);
		if (m == SSL_ERROR_ZERO_RETURN)
			return -1;
		if (m == SSL_ERROR_SSL)
			describe_clear();
		if (m == SSL_ERROR_SSL || m == SSL_ERROR_SYSCALL) {
			wc->unusable = 1;
			return -1;
		}
		if (SSL_want_read(wc->ssl))
			return -2;
		if (SSL_want_write(wc->ssl))
			return -3;
	}
	return n;
}
