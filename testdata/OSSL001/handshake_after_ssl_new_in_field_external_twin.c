/*
 * Twin of handshake_after_ssl_new_in_field.c: a function outside the run
 * (neither OpenSSL's nor the project's) is given the SSL between SSL_new()
 * and SSL_connect(); it may run the handshake itself, so SSL_connect() may
 * return 1 at once and clear nothing: the error reaches the read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

struct tunnel {
	SSL_CTX *ctx;
	SSL *ssl;
	int fd;
};

void event_add_tls(SSL *ssl); /* an event library's: not seen */

static int tunnel_connect(struct tunnel *t, const char *ca)
{
	SSL_CTX_load_verify_locations(t->ctx, ca, NULL); /* failure left on the queue */
	t->ssl = SSL_new(t->ctx);
	if (t->ssl == NULL)
		return -1;
	if (!SSL_set_fd(t->ssl, t->fd))
		return -1;
	event_add_tls(t->ssl);
	if (SSL_connect(t->ssl) != 1)
		return -1;
	return 0;
}

static int tunnel_read(struct tunnel *t, char *buf, int len)
{
	int n = SSL_read(t->ssl, buf, len); // expect: OSSL001
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
