/*
 * The variable passed to SSL_get_error() was overwritten by another call's
 * result on every path (FreeRADIUS-style memory-BIO pump: `ret = SSL_write();
 * ret = BIO_read(); ... SSL_get_error(ssl, ret)`): the classification does
 * not classify SSL_write()'s result, so BIO_read() is not "between" it and its
 * classification. No OSSL002; passing BIO_read()'s result to SSL_get_error()
 * is a different mistake, of the value classified: OSSL006. The same holds
 * for OSSL002 when the variable is overwritten on one path only (FreeRADIUS
 * fr_tls_session_recv: a failed write jumps straight to the classification,
 * a successful one reads the memory BIO into the same variable first); there
 * the value is SSL_write()'s on one path, so no OSSL006 either. The twin,
 * where the variable still holds SSL_write()'s result, is OSSL002.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int log_io_error(int err);

int pump_overwritten(SSL *ssl, BIO *from_ssl, const void *in, int inlen, void *out, int outlen)
{
	int ret;

	ERR_clear_error();
	ret = SSL_write(ssl, in, inlen);
	ret = BIO_read(from_ssl, out, outlen);
	if (ret <= 0)
		return log_io_error(SSL_get_error(ssl, ret)); // expect: OSSL006
	return ret;
}

int pump_overwritten_on_one_path(SSL *ssl, BIO *from_ssl, const void *in, int inlen, void *out, int outlen)
{
	int ret;

	ERR_clear_error();
	ret = SSL_write(ssl, in, inlen);
	if (ret < 0)
		goto error;
	ret = BIO_read(from_ssl, out, outlen);
	if (ret > 0)
		return ret;
error:
	return log_io_error(SSL_get_error(ssl, ret));
}

int pump_twin(SSL *ssl, BIO *from_ssl, const void *in, int inlen, void *out, int outlen)
{
	int ret, got;

	ERR_clear_error();
	ret = SSL_write(ssl, in, inlen);
	got = BIO_read(from_ssl, out, outlen); // expect: OSSL002
	if (ret <= 0)
		return log_io_error(SSL_get_error(ssl, ret));
	return got;
}
