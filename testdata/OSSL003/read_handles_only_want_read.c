/*
 * Shape: the bug the OpenSSL manual warns about (seed: "SSL_read() may want
 * to write"): a non-blocking read that only handles SSL_ERROR_WANT_READ;
 * a renegotiation or TLS 1.3 key update that needs to write is treated as a
 * fatal error. Not a specific project.
 *
 * Expected: OSSL003 on SSL_get_error (compared with exactly one of the two
 * wants). Clear first: no OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { IO_AGAIN = -2, IO_FAIL = -1 };

int nb_read(SSL *ssl, void *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ)
		return IO_AGAIN;
	if (err == SSL_ERROR_ZERO_RETURN)
		return 0;
	return IO_FAIL;
}
