/*
 * An if-chain: the clean close returns RD_EOF, and everything that is not a
 * want falls to the same RD_EOF at the end, SSL_ERROR_SYSCALL and
 * SSL_ERROR_SSL included; the out-parameter gets the same constant too.
 * Expected: OSSL005 at the classification. The twin returns RD_TRUNCATED
 * for the rest (distinct outcomes) and is silent.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum { RD_EOF = 0, RD_AGAIN = -2, RD_TRUNCATED = -3 };

int read_record(SSL *ssl, char *buf, int len, int *eof)
{
	int n, e;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n); // expect: OSSL005
	if (e == SSL_ERROR_ZERO_RETURN) {
		*eof = 1;
		return RD_EOF;
	}
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return RD_AGAIN;
	*eof = 1;
	return RD_EOF;
}

int read_record_twin(SSL *ssl, char *buf, int len, int *eof)
{
	int n, e;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_ZERO_RETURN) {
		*eof = 1;
		return RD_EOF;
	}
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return RD_AGAIN;
	*eof = 1;
	return RD_TRUNCATED;
}
