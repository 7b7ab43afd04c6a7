/*
 * A helper runs the server handshake on an SSL its caller has just made
 * with SSL_new() and stored in a field (the first half of ettercap's
 * sslw_sync_ssl() and sslw_ssl_accept(); ettercap's own second accept
 * resumes a handshake that a client-hello callback suspended, which needs
 * more: the state after SSL_ERROR_WANT_CLIENT_HELLO_CB, through an array
 * element): the SSL is in its handshake, so SSL_accept()'s
 * state machine clears the queue first, and the helper's success (only when
 * SSL_accept() returned 1) leaves it empty. The unchecked
 * SSL_use_certificate() before it may push, but that error cannot reach the
 * reads after setup(). The handshake facts see an SSL in its handshake only
 * in the function that made or reset it, not through a parameter: the read
 * is a known false positive. The SSL_accept() itself breaks the contract (no
 * clear before it, a push just before), masked by the handshake's own clear.
 */
#define _DEFAULT_SOURCE /* usleep() */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

struct conn {
	SSL *ssl;
	int fd;
};

static SSL_CTX *server_ctx;
static X509 *forged_cert;

static int accept_loop(SSL *s)
{
	int r, e, tries = 100;

	do {
		if ((r = SSL_accept(s)) == 1) // expect: OSSL001
			return 0;
		e = SSL_get_error(s, r);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			return -1;
		usleep(1000);
	} while (tries--);
	return -1;
}

static int start_tls(struct conn *c)
{
	c->ssl = SSL_new(server_ctx);
	if (c->ssl == NULL)
		return -1;
	if (SSL_set_fd(c->ssl, c->fd) != 1)
		return -1;
	SSL_use_certificate(c->ssl, forged_cert);
	if (accept_loop(c->ssl) != 0)
		return -1;
	return 0;
}

static int read_some(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len); // expect-fp: OSSL001

	if (n <= 0) {
		int e = SSL_get_error(c->ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return n;
}

void *relay_thread(void *arg)
{
	struct conn *c = arg;
	char buf[1024];

	ERR_clear_error();
	if (start_tls(c) != 0)
		return NULL;
	for (;;) {
		int n = read_some(c, buf, (int)sizeof(buf));
		if (n < 0)
			break;
		if (n == 0)
			usleep(3000);
	}
	SSL_free(c->ssl);
	return NULL;
}
