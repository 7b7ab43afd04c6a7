/*
 * An SSL made by SSL_new() and stored in a field of the tunnel, then
 * connected in the same function, with only setters and a log helper that
 * runs no TLS I/O between (openfortivpn's ssl_connect(), tunnel.c): the SSL
 * is in its handshake, so SSL_connect() runs state_machine(), which begins
 * with ERR_clear_error(), and its success leaves the queue empty. The error
 * an unchecked SSL_CTX_load_verify_locations() left is gone by the read:
 * no finding at tunnel_read(). Before, the fresh handshake fact held only for
 * an SSL in a local variable, or one a reset call put back.
 * Twin (handshake_after_ssl_new_in_field_twin.c): a helper that writes a
 * banner over the SSL runs between, so the handshake may be over before
 * SSL_connect(), which then returns 1 at once and clears nothing.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

struct tunnel {
	SSL_CTX *ctx;
	SSL *ssl;
	int fd;
};

static void log_debug(const char *what)
{
	fprintf(stderr, "debug: %s\n", what);
}

static int tunnel_connect(struct tunnel *t, const char *ca)
{
	SSL_CTX_load_verify_locations(t->ctx, ca, NULL); /* failure left on the queue */
	t->ssl = SSL_new(t->ctx);
	if (t->ssl == NULL)
		return -1;
	if (!SSL_set_fd(t->ssl, t->fd))
		return -1;
	log_debug("handshake");
	if (SSL_connect(t->ssl) != 1)
		return -1;
	return 0;
}

static int tunnel_read(struct tunnel *t, char *buf, int len)
{
	int n = SSL_read(t->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(t->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int tunnel_run(struct tunnel *t, const char *ca)
{
	char buf[1024];
	if (tunnel_connect(t, ca) < 0)
		return -1;
	while (tunnel_read(t, buf, sizeof buf) >= 0)
		;
	return 0;
}
