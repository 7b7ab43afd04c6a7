/*
 * An SSL_get_error() code compared with SSL_R_UNEXPECTED_EOF_WHILE_READING,
 * a reason code of the error queue (OpenSSL 3's EOF without close_notify):
 * the two are never equal when it matters, so the truncation is not told
 * apart. The reason is ERR_GET_REASON() of the queue's code; taking it of the
 * SSL_get_error() code is the same mix-up.
 * Expected: OSSL006 on the comparison and on ERR_GET_REASON. The twin takes
 * the reason of ERR_peek_error() and is silent.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum { RD_DATA, RD_AGAIN, RD_CLOSED, RD_TRUNCATED, RD_ERROR };

int read_status(SSL *ssl, char *buf, int len, int *got)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0) {
		*got = n;
		return RD_DATA;
	}
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return RD_AGAIN;
	if (err == SSL_ERROR_ZERO_RETURN)
		return RD_CLOSED;
	if (err == SSL_R_UNEXPECTED_EOF_WHILE_READING) // expect: OSSL006
		return RD_TRUNCATED;
	if (ERR_GET_REASON(err) == SSL_R_UNEXPECTED_EOF_WHILE_READING) // expect: OSSL006
		return RD_TRUNCATED;
	return RD_ERROR;
}

int read_status_twin(SSL *ssl, char *buf, int len, int *got)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0) {
		*got = n;
		return RD_DATA;
	}
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return RD_AGAIN;
	if (err == SSL_ERROR_ZERO_RETURN)
		return RD_CLOSED;
	if (err == SSL_ERROR_SSL && ERR_GET_REASON(ERR_peek_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING)
		return RD_TRUNCATED;
	return RD_ERROR;
}
