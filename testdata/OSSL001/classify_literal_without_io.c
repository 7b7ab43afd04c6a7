/*
 * Shape: libwebsockets v3.1.0 lib/tls/openssl/openssl-client.c
 * lws_ssl_client_bio_create() and openssl-server.c
 * lws_tls_server_new_nonblocking(): when SSL_new() fails, the error is logged
 * with lws_ssl_get_error(wsi, 0) (a classification of the literal 0, on a path
 * with no io call at all) and the queue is then described. Renamed/stripped.
 *
 * SSL_get_error() is misused here (fixed upstream in af7a88563 to
 * ERR_get_error()), but there is no io call, so no OSSL001/002/004; the result
 * is only printed: no OSSL003. Expected: no finding (an OSSL005-style
 * "SSL_get_error given something that is not an io result" rule could flag it).
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void ws_log(const char *fmt, ...);

struct ws_conn { SSL *ssl; };

int ws_ssl_get_error(struct ws_conn *wc, int n)
{
	int m;

	if (!wc->ssl)
		return 99;
	m = SSL_get_error(wc->ssl, n);
	ws_log("%d -> %d (errno %d)", n, m, errno);
	return m;
}

static void ws_elaborate_error(void)
{
	char buf[256];
	unsigned long err;

	while ((err = ERR_get_error()) != 0) {
		ERR_error_string_n(err, buf, sizeof(buf));
		ws_log("*** %s", buf);
	}
}

int ws_client_bio_create(struct ws_conn *wc, SSL_CTX *ctx)
{
	wc->ssl = SSL_new(ctx);
	if (!wc->ssl) {
		ws_log("SSL_new failed: %s",
		       ERR_error_string((unsigned long)ws_ssl_get_error(wc, 0), NULL));
		ws_elaborate_error();
		return -1;
	}
	return 0;
}
