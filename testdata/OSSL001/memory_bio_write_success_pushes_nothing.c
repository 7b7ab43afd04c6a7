/*
 * An SSPI-style TLS module over a pair of memory BIOs kept in fields: the
 * token goes into the SSL's read BIO with BIO_write(), and the handshake
 * runs only where that write succeeded. A write to a memory BIO pushes only
 * when it fails (a NULL or read-only BIO, a failed allocation: -1), so after
 * `status >= 0` the queue is still the one ERR_clear_error() emptied: no
 * finding on ctx_accept_token(), also with a BIO method of the project's own
 * in the same run (wrap_read(), which does no TLS I/O itself).
 * The twins keep the finding:
 *  - ctx_accept_unchecked_twin does not test the write's result;
 *  - ctx_accept_file_bio_twin writes to a field the run also gives a file
 *    BIO, whose write is not known to push only when it fails;
 *  - memory_bio_write_bio_callback_twin.c: a run that sets a BIO callback
 *    (code of its own that runs in every BIO's I/O).
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct sspi_ctx {
	SSL *ssl;
	BIO *in;
	BIO *out;
	int connected;
};

struct logged_ctx {
	SSL *ssl;
	BIO *in;
};

static int wrap_read(BIO *b, char *buf, int size)
{
	(void)b, (void)buf, (void)size;
	return 0;
}

BIO_METHOD *wrap_method(void)
{
	BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOURCE_SINK | 0x44, "wrap");

	if (m)
		BIO_meth_set_read(m, wrap_read);
	return m;
}

int ctx_init(struct sspi_ctx *c, SSL_CTX *ctx)
{
	c->ssl = SSL_new(ctx);
	c->in = BIO_new(BIO_s_mem());
	c->out = BIO_new(BIO_s_mem());
	if (!c->ssl || !c->in || !c->out)
		return -1;
	SSL_set_bio(c->ssl, c->in, c->out);
	SSL_set_accept_state(c->ssl);
	return 0;
}

static int status_of(SSL *ssl, int status)
{
	int e = SSL_get_error(ssl, status);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 1 : -1;
}

int ctx_accept_token(struct sspi_ctx *c, const void *tok, int len)
{
	int status;

	ERR_clear_error();
	status = BIO_write(c->in, tok, len);
	if (status >= 0)
		status = SSL_accept(c->ssl);
	if (status <= 0)
		return status_of(c->ssl, status);
	c->connected = 1;
	return 0;
}

int ctx_accept_unchecked_twin(struct sspi_ctx *c, const void *tok, int len)
{
	int status;

	ERR_clear_error();
	BIO_write(c->in, tok, len);
	status = SSL_accept(c->ssl); // expect: OSSL001
	if (status <= 0)
		return status_of(c->ssl, status);
	c->connected = 1;
	return 0;
}

int logged_init(struct logged_ctx *c, SSL_CTX *ctx, const char *trace)
{
	c->ssl = SSL_new(ctx);
	c->in = trace ? BIO_new_file(trace, "w") : BIO_new(BIO_s_mem());
	return c->ssl && c->in ? 0 : -1;
}

int ctx_accept_file_bio_twin(struct logged_ctx *c, const void *tok, int len)
{
	int status;

	ERR_clear_error();
	status = BIO_write(c->in, tok, len);
	if (status >= 0)
		status = SSL_accept(c->ssl); // expect: OSSL001
	if (status <= 0)
		return status_of(c->ssl, status);
	return 0;
}
