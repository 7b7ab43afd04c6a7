/*
 * SSL_connect(), SSL_accept() and SSL_do_handshake() run the handshake's
 * state_machine() (ssl/statem/statem.c), which begins with ERR_clear_error();
 * OpenSSL clears again what a non-fatal step pushes (statem_clnt.c: "but we
 * keep s->verify_result"; t1_lib.c, statem_lib.c: "Don't leave errors in
 * the queue"). After a checked success, or a want, the queue is empty,
 * whatever it held before: the write after the connect sees no stale error
 * (the model's `clears_on_entry`). The connect itself still breaks the
 * documented contract (an error left before it): OSSL001 there, as before.
 * The twin: a checked SSL_write() success leaves the queue as it was before
 * it, so the second write still sees the stale error.
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
	r = SSL_write(ssl, p, n);
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
