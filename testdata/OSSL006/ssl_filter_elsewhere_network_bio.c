/*
 * A run that makes an SSL filter (make_filter()) also pumps a network BIO
 * given as a parameter: that BIO is not known to be an SSL filter, so its
 * BIO_read() is not SSL_read(), and SSL_get_error() given its result is
 * OSSL006. (Review of ebf3008: any BIO_read() of a run with a filter was
 * taken as SSL_read(), and this finding was lost.) The twin: a local made by
 * BIO_new(BIO_f_ssl()) in pump_filter() is a filter; its read is SSL_read(),
 * after ERR_clear_error(), with both wants handled: nothing.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
/* elsewhere in the run: an SSL filter BIO (say, for an outgoing client) */
BIO *make_filter(SSL *ssl)
{
	BIO *b = BIO_new(BIO_f_ssl());
	if (b)
		(void)BIO_set_ssl(b, ssl, BIO_NOCLOSE);
	return b;
}
/* a memory/socket BIO pump: BIO_read of the network BIO, not an SSL filter */
int pump_in(SSL *ssl, BIO *net, char *buf, int len)
{
	ERR_clear_error();
	int read = BIO_read(net, buf, len);
	if (read > 0)
		return read;
	if (BIO_should_retry(net))
		return 0;
	return SSL_get_error(ssl, read) == SSL_ERROR_ZERO_RETURN ? 0 : -1; // expect: OSSL006
}

int pump_filter(SSL *ssl, char *buf, int len)
{
	BIO *f = BIO_new(BIO_f_ssl());
	if (!f)
		return -1;
	(void)BIO_set_ssl(f, ssl, BIO_NOCLOSE);
	ERR_clear_error();
	int n = BIO_read(f, buf, len);
	BIO_free(f);
	if (n > 0)
		return n;
	int e = SSL_get_error(ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
