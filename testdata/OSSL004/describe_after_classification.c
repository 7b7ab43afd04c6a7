/*
 * Shape: libwebsockets after f60db2fff (2019-07-13) and current main
 * (lib/tls/openssl/openssl-server.c lws_tls_server_accept(),
 * openssl-tls.c lws_tls_err_describe_clear()): errno = 0; ERR_clear_error();
 * SSL_accept(); then `m = lws_ssl_get_error(wsi, n); lws_tls_err_describe_clear();`
 * The describe/clear is AFTER the classification. Renamed and stripped.
 *
 * Current lws_tls_err_describe_clear() loops on ERR_peek_error() and pops with
 * ERR_get_error() inside (a peek-driven drain loop, not an
 * "ERR_get_error() until 0" loop); either way it drains, after classifying.
 * Expected: no finding.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void ws_log(const char *fmt, ...);

struct ws_conn { SSL *ssl; };
enum { CAP_DONE = 0, CAP_ERROR = -1, CAP_MORE_READ = -2, CAP_MORE_WRITE = -3 };

int ws_ssl_get_error(struct ws_conn *wc, int n)
{
	if (!wc->ssl)
		return 99;
	return SSL_get_error(wc->ssl, n);
}

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

int ws_tls_server_accept(struct ws_conn *wc)
{
	int m, n;

	errno = 0;
	ERR_clear_error();
	n = SSL_accept(wc->ssl);
	if (n == 1)
		return CAP_DONE;
	m = ws_ssl_get_error(wc, n);
	ws_tls_err_describe_clear();
	if (m == SSL_ERROR_SYSCALL || m == SSL_ERROR_SSL)
		return CAP_ERROR;
	if (m == SSL_ERROR_WANT_READ || SSL_want_read(wc->ssl))
		return CAP_MORE_READ;
	if (m == SSL_ERROR_WANT_WRITE || SSL_want_write(wc->ssl))
		return CAP_MORE_WRITE;
	return CAP_ERROR;
}
