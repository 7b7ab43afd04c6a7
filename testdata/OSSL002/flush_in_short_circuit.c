/*
 * Shape: an && condition whose right operand flushes the write BIO
 * (BIO_flush is a macro over BIO_ctrl: declared in openssl/bio.h, pushes)
 * between SSL_write() and SSL_get_error(). Not a specific project.
 *
 * Expected: OSSL002 on the line of BIO_flush. SSL_get_wbio is pure. Clear
 * first: no OSSL001. Both wants: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>

int write_flush(SSL *ssl, const void *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n <= 0 && BIO_flush(SSL_get_wbio(ssl)) <= 0) // expect: OSSL002
		n = -1;
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	return (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) ? 0 : -1;
}
