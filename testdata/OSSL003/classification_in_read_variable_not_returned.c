/*
 * A non-blocking read that stores the classification back into the read's
 * own variable (`ret = SSL_get_error(ssl, ret);`) in a block that returns
 * only constants, and returns that variable elsewhere: `return ret;`, which
 * only the count reaches. The classification does not leave the function, so
 * its one want test (WANT_READ) leaves WANT_WRITE to the error path: a read
 * that must write (a TLS 1.3 KeyUpdate's answer, a renegotiation) on a full
 * socket fails the connection. Shaped after OpenWrt's ustream-ssl.
 * The twin keeps silent: its failure block falls through to `return ret;`
 * with the classification, which its caller then handles.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum { READ_PENDING = -1, READ_ERROR = -2 };

int tls_read(SSL *ssl, char *buf, int len)
{
	int ret;

	ERR_clear_error();
	ret = SSL_read(ssl, buf, len);
	if (ret < 0) {
		ret = SSL_get_error(ssl, ret); // expect: OSSL003
		if (ret == SSL_ERROR_WANT_READ)
			return READ_PENDING;
		return READ_ERROR;
	}
	return ret;
}

int tls_read_code_twin(SSL *ssl, char *buf, int len)
{
	int ret;

	ERR_clear_error();
	ret = SSL_read(ssl, buf, len);
	if (ret < 0) {
		ret = SSL_get_error(ssl, ret);
		if (ret == SSL_ERROR_WANT_READ)
			return READ_PENDING;
		ret = -ret - 100; /* the caller's code for the classification */
	}
	return ret;
}
