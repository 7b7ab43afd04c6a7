/*
 * Twins of shutdown_again_after_failed_shutdown.c that stay OSSL001: no
 * clear before the first SSL_shutdown() (the queue from before it is still
 * stale for the second), a call that may push between the two, another
 * connection's SSL, and an SSL_read() after a failed SSL_shutdown() (not
 * the same call: the read of an SSL in its handshake runs it).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls {
	SSL *ssl;
};

static int classify(SSL *s, int status)
{
	int e = SSL_get_error(s, status);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int no_clear(struct tls *t)
{
	int status = SSL_shutdown(t->ssl);
	if (status != 1) {
		status = SSL_shutdown(t->ssl); // expect: OSSL001
		if (status < 0)
			return classify(t->ssl, status);
	}
	return 0;
}

int push_between(struct tls *t, const char *host)
{
	int status;

	ERR_clear_error();
	status = SSL_shutdown(t->ssl);
	if (status != 1) {
		SSL_set1_host(t->ssl, host);
		status = SSL_shutdown(t->ssl); // expect: OSSL001
		if (status < 0)
			return classify(t->ssl, status);
	}
	return 0;
}

int other_connection(struct tls *t, struct tls *peer)
{
	int status;

	ERR_clear_error();
	status = SSL_shutdown(peer->ssl);
	if (status != 1) {
		status = SSL_shutdown(t->ssl); // expect: OSSL001
		if (status < 0)
			return classify(t->ssl, status);
	}
	return 0;
}

int read_after_shutdown(struct tls *t, char *buf, int len)
{
	int status, n;

	ERR_clear_error();
	status = SSL_shutdown(t->ssl);
	if (status < 0) {
		n = SSL_read(t->ssl, buf, len); // expect: OSSL001
		if (n <= 0)
			return classify(t->ssl, n);
	}
	return 0;
}
