/*
 * The twin of bio_ctrl_on_openssl_bio_between.c in a run that makes a BIO
 * method of its own (BIO_meth_new, with a write function and no ctrl): the
 * SSL may write through it, and BIO_ctrl() on a method without a ctrl
 * function pushes BIO_R_UNSUPPORTED_METHOD; a ctrl function of the project's
 * own could push too. The per-command roles, derived over OpenSSL's own BIO
 * methods, no longer hold: BIO_get_ktls_send() between SSL_read() and
 * SSL_get_error() is OSSL002.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int out_write(BIO *b, const char *data, int len)
{
	(void)b;
	(void)data;
	return len;
}

BIO *make_output_bio(void)
{
	BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "output");
	if (m == NULL)
		return NULL;
	BIO_meth_set_write(m, out_write);
	return BIO_new(m);
}

int read_some(SSL *ssl, char *buf, int len, int *ktls)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	*ktls = BIO_get_ktls_send(SSL_get_wbio(ssl)); // expect: OSSL002
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}
