/*
 * SSL_CTX_use_certificate_chain_file() begins with ERR_clear_error() and
 * succeeds only with an empty queue (ssl_rsa.c's use_certificate_chain_file():
 * a success after SSL_CTX_use_certificate() needs ERR_peek_error() == 0, and
 * the chain's loop ends by clearing its PEM_R_NO_START_LINE): where its
 * success is checked, the error an unchecked SSL_CTX_set_cipher_list() left
 * is gone (pgexporter's management client, security.c). The twin below does
 * not check the call: its failure leaves its own error, OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <string.h>

static int classify(SSL *s, int r)
{
	int e = SSL_get_error(s, r);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int send_hello(SSL_CTX *ctx, SSL *s, const char *chain)
{
	SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL"); /* unchecked: may push */
	if (SSL_CTX_use_certificate_chain_file(ctx, chain) != 1)
		return -1;
	int n = SSL_write(s, "hello\n", 6);
	return n > 0 ? n : classify(s, n);
}

int send_hello_unchecked(SSL_CTX *ctx, SSL *s, const char *chain)
{
	ERR_clear_error();
	SSL_CTX_use_certificate_chain_file(ctx, chain); /* failure left on the queue */
	int n = SSL_write(s, "hello\n", 6); // expect: OSSL001
	return n > 0 ? n : classify(s, n);
}
