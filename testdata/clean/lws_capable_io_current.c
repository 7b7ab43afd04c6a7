/*
 * Shape: libwebsockets current main (2026 snapshot), lib/tls/openssl/
 * openssl-ssl.c: lws_ssl_get_error() (classifies, then drains on
 * SSL_ERROR_SSL), lws_ssl_capable_read(), lws_ssl_capable_write(),
 * __lws_tls_shutdown(); openssl-tls.c lws_tls_err_describe_clear().
 * Renamed and stripped; not the real code.
 *
 * Correct since 89fd3d822/f60db2fff/c0267ecee: errno = 0 and
 * ERR_clear_error() before every io call, classification through the wrapper,
 * describe/clear only after it, SSL_want_read()/SSL_want_write() (and the
 * constants) handle both wants; the shutdown switch classifies in `default:`.
 * Expected: no finding of the queue rules. One OSSL006: the write's failure
 * log formats the SSL_get_error() code m with ERR_error_string() (lws main's
 * `lwsl_debug("%s failed: %s\n", __func__, ERR_error_string(LWS_TLS_ERR_CAST(m), NULL))`,
 * compiled in debug builds): a text of library 0, reason m.
 */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void ws_log(const char *fmt, ...);
void ws_change_pollfd(void *wsi, int clear, int set);

struct ws_conn { SSL *ssl; int fd; char err_helper[64]; int unusable; int read_wanted_write; };
enum { CAP_DONE = 0, CAP_ERROR = -1, CAP_MORE_READ = -2, CAP_MORE_WRITE = -3 };

void ws_tls_err_describe_clear(void)
{
	char buf[160];
	unsigned long l;

	do {
		l = ERR_peek_error();
		if (!l)
			break;
		ERR_error_string_n(ERR_get_error(), buf, sizeof(buf));
		ws_log("   openssl error: %s", buf);
	} while (l);
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
		ws_tls_err_describe_clear();
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
	ws_log("SSL_read says %d", n);
	if (n <= 0) {
		m = ws_ssl_get_error(wc, n);
		if (m == SSL_ERROR_ZERO_RETURN)
			return CAP_ERROR;
		if (m == SSL_ERROR_SSL)
			ws_tls_err_describe_clear();
		if (m == SSL_ERROR_SSL || m == SSL_ERROR_SYSCALL) {
			wc->unusable = 1;
			return CAP_ERROR;
		}
		if (SSL_want_read(wc->ssl))
			return CAP_MORE_READ;
		if (SSL_want_write(wc->ssl)) {
			wc->read_wanted_write = 1;
			return CAP_MORE_WRITE;
		}
	}
	return n;
}

int ws_capable_write(struct ws_conn *wc, const unsigned char *buf, int len)
{
	int n, m;

	errno = 0;
	ERR_clear_error();
	n = SSL_write(wc->ssl, buf, len);
	if (n > 0)
		return n;
	m = ws_ssl_get_error(wc, n);
	if (m != SSL_ERROR_SYSCALL) {
		if (m == SSL_ERROR_WANT_READ || SSL_want_read(wc->ssl))
			return CAP_MORE_READ;
		if (m == SSL_ERROR_WANT_WRITE || SSL_want_write(wc->ssl))
			return CAP_MORE_WRITE;
	}
	ws_log("failed: %s", ERR_error_string((unsigned long)m, NULL)); // expect: OSSL006
	ws_tls_err_describe_clear();
	wc->unusable = 1;
	return CAP_ERROR;
}

int ws_tls_shutdown(struct ws_conn *wc)
{
	int n;

	errno = 0;
	ERR_clear_error();
	n = SSL_shutdown(wc->ssl);
	switch (n) {
	case 1:
		(void) shutdown(wc->fd, SHUT_WR);
		return CAP_DONE;
	case 0:
		ws_change_pollfd(wc, 0, 1);
		return CAP_MORE_READ;
	default:
		n = SSL_get_error(wc->ssl, n);
		if (n != SSL_ERROR_SYSCALL && n != SSL_ERROR_SSL) {
			if (SSL_want_read(wc->ssl))
				return CAP_MORE_READ;
			if (SSL_want_write(wc->ssl))
				return CAP_MORE_WRITE;
			return CAP_MORE_READ;
		}
		return CAP_ERROR;
	}
}
