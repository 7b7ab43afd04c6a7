/*
 * Two parameters assigned from each other (`if (!rd) rd = wr; if (!wr) wr =
 * rd;`) before one is stored in a field that holds an OpenSSL object. What
 * the field may hold is read back through the parameters' own definitions;
 * the checker once asked the one of the other without end and overflowed its
 * stack (a crash on OpenSSL 3.0.22's own source in --derive-model). Nothing to
 * report.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct duplex {
	BIO *rd, *wr;
	SSL *ssl;
};

void duplex_attach(struct duplex *d, SSL *ssl, BIO *rd, BIO *wr)
{
	if (!rd)
		rd = wr;
	if (!wr)
		wr = rd;
	d->rd = rd;
	d->wr = wr;
	d->ssl = ssl;
	SSL_set_bio(ssl, rd, wr);
}

int duplex_read(struct duplex *d, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(d->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(d->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_ZERO_RETURN:
		return -1;
	default:
		return -2;
	}
}
