/*
 * Review twins of handshake_of_ssl_from_factory.c, each reported: a
 * factory whose SSL may leave its handshake before the caller's
 * SSL_connect(), which then returns 1 at once and clears nothing, so the
 * error the unchecked SSL_CTX_load_verify_locations() left reaches the read.
 * The SSL goes to a function outside the run (which may connect it), into an
 * SSL filter BIO whose BIO_do_handshake() runs SSL_do_handshake(), or into a
 * global that a call outside the run may reach.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int tls_start(SSL *ssl);
void poll_once(void);
SSL *g_current;

static SSL *make_started(SSL_CTX *ctx)
{
	SSL *ssl = SSL_new(ctx);
	if (ssl == NULL)
		return NULL;
	if (tls_start(ssl) != 0) {
		SSL_free(ssl);
		return NULL;
	}
	return ssl;
}

static SSL *make_through_filter(SSL_CTX *ctx)
{
	SSL *ssl = SSL_new(ctx);
	if (ssl == NULL)
		return NULL;
	BIO *b = BIO_new(BIO_f_ssl());
	BIO_set_ssl(b, ssl, BIO_NOCLOSE);
	if (BIO_do_handshake(b) <= 0) {
		BIO_free(b);
		SSL_free(ssl);
		return NULL;
	}
	BIO_free(b);
	return ssl;
}

static SSL *make_published(SSL_CTX *ctx)
{
	SSL *ssl = SSL_new(ctx);
	if (ssl == NULL)
		return NULL;
	g_current = ssl;
	poll_once();
	return ssl;
}

static int read_started(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	return SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, n) == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static int read_filtered(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static int read_published(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int run_started(SSL_CTX *ctx, const char *ca)
{
	char buf[256];
	SSL *ssl = make_started(ctx);
	if (ssl == NULL)
		return -1;
	SSL_CTX_load_verify_locations(ctx, ca, NULL); /* a failure is left on the queue */
	if (SSL_connect(ssl) != 1)
		return -1;
	return read_started(ssl, buf, sizeof buf);
}

int run_filtered(SSL_CTX *ctx, const char *ca)
{
	char buf[256];
	SSL *ssl = make_through_filter(ctx);
	if (ssl == NULL)
		return -1;
	SSL_CTX_load_verify_locations(ctx, ca, NULL);
	if (SSL_connect(ssl) != 1)
		return -1;
	return read_filtered(ssl, buf, sizeof buf);
}

int run_published(SSL_CTX *ctx, const char *ca)
{
	char buf[256];
	SSL *ssl = make_published(ctx);
	if (ssl == NULL)
		return -1;
	SSL_CTX_load_verify_locations(ctx, ca, NULL);
	if (SSL_connect(ssl) != 1)
		return -1;
	return read_published(ssl, buf, sizeof buf);
}
