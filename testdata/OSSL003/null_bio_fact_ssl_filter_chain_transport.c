/* One SSL of the run gets null BIOs (a handshake-free probe); another is an
 * SSL filter's own, made by BIO_new_ssl() and given its transport by
 * BIO_push() onto a BIO from elsewhere (a proxy connection), which may ask
 * to retry. Every SSL_set_bio() of the run gives a null BIO, but not every
 * SSL gets its BIOs that way: the never-retry facts do not hold, and the
 * read that handles only WANT_READ is OSSL003. (Review of 3ef132c: the
 * null-BIO fact looked only at SSL_set_bio(), and this finding was lost.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

SSL *make_probe(SSL_CTX *ctx)
{
	SSL *s = SSL_new(ctx);
	BIO *n = BIO_new(BIO_s_null());
	if (!s || !n) {
		SSL_free(s);
		BIO_free(n);
		return NULL;
	}
	SSL_set_bio(s, n, n);
	return s;
}

BIO *tunnel_open(SSL_CTX *ctx, BIO *proxy, SSL **ssl)
{
	BIO *f = BIO_new_ssl(ctx, 1);
	if (!f)
		return NULL;
	BIO_get_ssl(f, ssl);
	return BIO_push(f, proxy);
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
