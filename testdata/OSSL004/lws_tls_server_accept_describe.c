/*
 * Shape: libwebsockets master from c3f30bf1f (2019-02-14) to the parent of
 * 89fd3d822 (2019-07-10), lib/tls/openssl/openssl-server.c
 * lws_tls_server_accept() and lib/tls/openssl/tls.c lws_tls_err_describe().
 * Renamed and stripped; not the real code.
 *
 * Bug (seed 000, "obviously wrong code"): lws_tls_err_describe() empties the
 * queue with an ERR_get_error() loop and is called after SSL_accept() and
 * BEFORE lws_ssl_get_error(wsi, n), so SSL_get_error() can no longer see
 * SSL_ERROR_SSL. Fixed in f60db2fff (2019-07-13): describe moved after the
 * classification (and renamed lws_tls_err_describe_clear).
 * Also: SSL_accept() in the declaration's initializer at function entry, with
 * no clear (added in 89fd3d822), and its result is classified through the
 * wrapper: OSSL001 too.
 *
 * Expected: OSSL001 on SSL_accept, OSSL004 on the describe call. No OSSL002:
 * the peer-cert/cipher calls are on the n == 1 path that returns. No OSSL003:
 * both wants (with SSL_want_read/SSL_want_write).
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

void ws_log(const char *fmt, ...);
int ws_change_pollfd(void *wsi, int events);

struct ws_conn { SSL *ssl; };
enum { CAP_DONE = 0, CAP_ERROR = -1, CAP_MORE_READ = -2, CAP_MORE_WRITE = -3 };

int ws_ssl_get_error(struct ws_conn *wc, int n)
{
	int m;

	if (!wc->ssl)
		return 99;
	m = SSL_get_error(wc->ssl, n);
	ws_log("%d -> %d (errno %d)", n, m, errno);
	return m;
}

void ws_tls_err_describe(void)
{
	char buf[128];
	unsigned long l;

	do {
		l = ERR_get_error();
		if (!l)
			break;
		ERR_error_string_n(l, buf, sizeof(buf));
		ws_log("   openssl error: %s", buf);
	} while (l);
}

int ws_tls_server_accept(struct ws_conn *wc)
{
	int m, n = SSL_accept(wc->ssl); // expect: OSSL001

	if (n == 1) {
		X509 *peer = SSL_get1_peer_certificate(wc->ssl);

		if (peer)
			X509_free(peer);
		ws_log("cipher %s", SSL_get_version(wc->ssl));
		return CAP_DONE;
	}
	ws_tls_err_describe(); // expect: OSSL004
	m = ws_ssl_get_error(wc, n);
	if (m == SSL_ERROR_SYSCALL || m == SSL_ERROR_SSL)
		return CAP_ERROR;
	if (m == SSL_ERROR_WANT_READ ||
	    (m != SSL_ERROR_ZERO_RETURN && SSL_want_read(wc->ssl)))
		return ws_change_pollfd(wc, 1) ? CAP_ERROR : CAP_MORE_READ;
	if (m == SSL_ERROR_WANT_WRITE || SSL_want_write(wc->ssl))
		return ws_change_pollfd(wc, 4) ? CAP_ERROR : CAP_MORE_WRITE;
	return CAP_ERROR;
}
