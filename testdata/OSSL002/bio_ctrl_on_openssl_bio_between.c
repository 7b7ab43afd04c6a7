/*
 * A BIO_ctrl() macro between SSL_read() and SSL_get_error(): the read loop of
 * a web server asks BIO_get_ktls_send(SSL_get_wbio(ssl)) whether the kernel
 * sends its records (shaped after lighttpd's connection_read_cq_ssl,
 * mod_openssl.c, 1.4.7x). The derived model gives BIO_ctrl a role per
 * command, over the ctrl functions of OpenSSL's own BIO methods (the run
 * makes none of its own): BIO_CTRL_GET_KTLS_SEND touches no queue. Silent.
 * The twin asks BIO_flush() (BIO_CTRL_FLUSH, which a file BIO's ctrl answers
 * with an ERR_LIB_SYS error when fflush fails): OSSL002.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int read_some(SSL *ssl, char *buf, int len, int *ktls)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	*ktls = BIO_get_ktls_send(SSL_get_wbio(ssl));
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}

int read_some_twin(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	(void)BIO_flush(SSL_get_wbio(ssl)); // expect: OSSL002
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}
