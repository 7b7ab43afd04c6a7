/*
 * As handshake_after_reset_of_global.c, with the SSL in a field of a
 * session (`sess->ssl`), put back before its handshake by
 * SSL_set_accept_state() alone: no finding at read_line().
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_CTX *ctx;
struct session {
	SSL *ssl;
	int fd;
};

static struct session sess_store, *sess = &sess_store;
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
	if (sess->ssl == NULL)
		sess->ssl = SSL_new(ctx);
	if (sess->ssl == NULL)
		return -1;
	if (SSL_set_rfd(sess->ssl, rfd) == 0 || SSL_set_wfd(sess->ssl, wfd) == 0)
		return -1;
	SSL_set_accept_state(sess->ssl);
	dump = 1;
	if (SSL_accept(sess->ssl) <= 0) {
		SSL_free(sess->ssl);
		sess->ssl = NULL;
		return -1;
	}
	return 0;
}

static int read_line(char *buf, int len)
{
	int n = SSL_read(sess->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(sess->ssl, n)) {
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
