/*
 * Twin of memory_bio_write_success_pushes_nothing.c: the same checked write
 * to a memory BIO kept in a field, in a run that sets a BIO callback
 * (BIO_set_callback_ex()): the project's own code runs in the write and may
 * push whatever the write returns, so the handshake after it stays reported.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct sspi_ctx {
	SSL *ssl;
	BIO *in;
	BIO *out;
};

long trace_bio(BIO *b, int oper, const char *argp, size_t len, int argi, long argl, int ret, size_t *processed);

int ctx_init(struct sspi_ctx *c, SSL_CTX *ctx)
{
	c->ssl = SSL_new(ctx);
	c->in = BIO_new(BIO_s_mem());
	c->out = BIO_new(BIO_s_mem());
	if (!c->ssl || !c->in || !c->out)
		return -1;
	BIO_set_callback_ex(c->in, trace_bio);
	SSL_set_bio(c->ssl, c->in, c->out);
	SSL_set_accept_state(c->ssl);
	return 0;
}

int ctx_accept_token(struct sspi_ctx *c, const void *tok, int len)
{
	int status, e;

	ERR_clear_error();
	status = BIO_write(c->in, tok, len);
	if (status >= 0)
		status = SSL_accept(c->ssl); // expect: OSSL001
	if (status <= 0) {
		e = SSL_get_error(c->ssl, status);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 1 : -1;
	}
	return 0;
}
