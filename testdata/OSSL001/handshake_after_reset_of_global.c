/*
 * An SSL kept in a global, put back before its handshake by SSL_clear() and
 * SSL_set_accept_state() on every way to SSL_accept(), with no I/O call
 * between (INN's tls_start_servertls(), nnrpd/tls.c). SSL_accept() then
 * runs the handshake's state_machine(), which begins with ERR_clear_error():
 * its success leaves the queue empty, as on an SSL fresh from SSL_new()
 * (handshake_success_keeps_queue.c). The errors server_init() leaves behind
 * (an unchecked SSL_CTX_use_certificate_chain_file()) are gone by the reads
 * after a successful start: no finding at read_line(). Before, the fresh
 * handshake fact held only for an SSL in a local variable, and the read was
 * reported with server_init()'s error as its origin.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_CTX *ctx;
static SSL *conn;
static int dump;

static int server_init(const char *chain)
{
	ctx = SSL_CTX_new(TLS_server_method());
	if (ctx == NULL)
		return -1;
	SSL_CTX_use_certificate_chain_file(ctx, chain); /* failure left on the queue */
	return 0;
}

static int server_start(int rfd, int wfd)
{
	if (conn == NULL)
		conn = SSL_new(ctx);
	if (conn == NULL)
		return -1;
	SSL_clear(conn);
	if (SSL_set_rfd(conn, rfd) == 0 || SSL_set_wfd(conn, wfd) == 0)
		return -1;
	SSL_set_accept_state(conn);
	dump = 1;
	if (SSL_accept(conn) <= 0) {
		SSL_free(conn);
		conn = NULL;
		return -1;
	}
	return 0;
}

static int read_line(char *buf, int len)
{
	int n = SSL_read(conn, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(conn, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int serve(const char *chain, int rfd, int wfd)
{
	char buf[512];
	if (server_init(chain) < 0 || server_start(rfd, wfd) < 0)
		return -1;
	while (read_line(buf, sizeof buf) >= 0)
		fputs(buf, stdout);
	return 0;
}
