/* TLS inside TLS (a proxy tunnel): the inner SSL's BIO is an SSL filter over
 * the proxy connection, which asks to retry whenever the outer SSL wants.
 * The run's null BIO is only a sink for certificate dumps.
 * (Review of 777bf47: one BIO_s_null() anywhere in the run gave every SSL
 * the never-retry facts, and these findings were lost.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int dump_cert(X509 *x)
{
	BIO *sink = BIO_new(BIO_s_null());
	int r = PEM_write_bio_X509(sink, x);
	BIO_free(sink);
	return r;
}

int tunnel_open(SSL *inner, SSL_CTX *outer_ctx)
{
	BIO *b = BIO_new_ssl(outer_ctx, 1);
	if (!b)
		return -1;
	SSL_set_bio(inner, b, b);
	return 0;
}

int tunnel_read(SSL *ssl, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	if (SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ) // expect: OSSL003
		return 0;
	return -1;
}
