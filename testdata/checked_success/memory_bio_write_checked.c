/*
 * BIO_write() and BIO_read() push an error only when they fail (a result of
 * 0, -1 or -2). A response body copied into a memory BIO with the result
 * checked for success leaves the queue as it was, so the next SSL_read() of
 * the loop sees no stale error (shape of unbound-anchor's chunked read: each
 * chunk is read from the TLS connection and appended to a memory BIO).
 *
 * Expected: no finding in read_chunks; read_chunks_unchecked_twin ignores
 * BIO_write()'s result, so a failed append may leave an error for the next
 * pass's SSL_read(): OSSL001.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int read_some(SSL *ssl, char *buf, int len)
{
	int r = SSL_read(ssl, buf, len);
	if (r <= 0) {
		if (SSL_get_error(ssl, r) == SSL_ERROR_ZERO_RETURN)
			return 0;
		return -1;
	}
	return r;
}

int read_chunks(SSL *ssl, BIO *mem)
{
	char buf[512];
	int n;

	ERR_clear_error();
	while ((n = read_some(ssl, buf, (int)sizeof(buf))) > 0) {
		if (BIO_write(mem, buf, n) <= 0)
			return -1;
	}
	return n;
}

int read_chunks_unchecked_twin(SSL *ssl, BIO *mem)
{
	char buf[512];
	int r;

	ERR_clear_error();
	for (;;) {
		r = SSL_read(ssl, buf, (int)sizeof(buf)); // expect: OSSL001
		if (r <= 0)
			break;
		BIO_write(mem, buf, r);
	}
	if (SSL_get_error(ssl, r) == SSL_ERROR_ZERO_RETURN)
		return 0;
	return -1;
}
