/*
 * One variable takes the results of three calls in turn: a memory BIO's
 * write, the handshake, then a read of the memory BIO the handshake wrote
 * into, and it is the last, BIO_read()'s -1 when nothing was written, that
 * SSL_get_error() is given (the shape of an SSPI-style TLS module over a
 * pair of memory BIOs). OSSL006 at the classification; its path must name
 * BIO_read(), whose value reaches it, not BIO_write(), whose value the
 * handshake and the read replace (test_formats.py checks the path).
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int accept_step(SSL *ssl, BIO *in, BIO *out, const char *token, int token_len, char *reply, int reply_len)
{
	int status;

	ERR_clear_error();
	status = BIO_write(in, token, token_len);
	if (status < 0)
		return -1;
	status = SSL_accept(ssl);
	if (status == 1)
		return 1;
	status = BIO_read(out, reply, reply_len);
	if (status < 0) {
		int e = SSL_get_error(ssl, status); // expect: OSSL006
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	return status;
}
