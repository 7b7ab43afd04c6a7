/*
 * SSL_connect(), SSL_accept() and SSL_do_handshake() run the handshake's
 * state_machine(), which begins with ERR_clear_error(), only while the SSL is
 * in its handshake (SSL_do_handshake(): `if (SSL_in_init(s) ||
 * SSL_in_before(s))`); on an established connection they return 1 at once
 * and clear nothing. So a checked success of one leaves the queue as it was
 * before the call: the write after it still sees the stale error, as after
 * a checked SSL_write() success (greet_twice()). (Review of 17c2ba8, which
 * took the success for an empty queue and missed the write.) But on an SSL
 * fresh from SSL_new() in the same function, outside a loop, the handshake
 * does clear: connect_fresh() has no finding at its write.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static int classify(SSL *ssl, int r)
{
	int e = SSL_get_error(ssl, r);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int start(SSL *ssl, const char *cert, const char *p, int n)
{
	if (SSL_use_certificate_file(ssl, cert, SSL_FILETYPE_PEM) != 1)
		fprintf(stderr, "no client certificate, going on\n");
	int r = SSL_connect(ssl); // expect: OSSL001
	if (r != 1)
		return classify(ssl, r);
	r = SSL_write(ssl, p, n); // expect: OSSL001
	return r > 0 ? r : classify(ssl, r);
}

int greet_twice(SSL *ssl, const char *cert, const char *p, int n)
{
	if (SSL_use_certificate_file(ssl, cert, SSL_FILETYPE_PEM) != 1)
		fprintf(stderr, "no client certificate, going on\n");
	int r = SSL_write(ssl, "hi", 2); // expect: OSSL001
	if (r <= 0)
		return classify(ssl, r);
	r = SSL_write(ssl, p, n); // expect: OSSL001
	return r > 0 ? r : classify(ssl, r);
}

/* An SSL fresh from SSL_new() in this function, connected once (no loop):
 * it is in its handshake, so SSL_connect() runs state_machine(), which
 * clears the queue as it starts; its success leaves the queue empty, and the
 * write after it sees no stale error (spamc's _try_ssl_connect() shape). */
int connect_fresh(SSL_CTX *ctx, int fd, const char *cert, const char *p, int n)
{
	if (SSL_CTX_use_certificate_file(ctx, cert, SSL_FILETYPE_PEM) != 1)
		fprintf(stderr, "no client certificate, going on\n");
	SSL *ssl = SSL_new(ctx);
	if (!ssl)
		return -1;
	if (!SSL_set_fd(ssl, fd)) {
		SSL_free(ssl);
		return -1;
	}
	int r = SSL_connect(ssl); // expect: OSSL001
	if (r != 1) {
		r = classify(ssl, r);
		SSL_free(ssl);
		return r;
	}
	r = SSL_write(ssl, p, n);
	if (r <= 0)
		r = classify(ssl, r);
	SSL_free(ssl);
	return r;
}
