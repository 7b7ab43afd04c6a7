/*
 * a/.ossl-lint.yaml says backend_reset() clears: the SSL_read() after it runs
 * on an empty queue. b/ says otherwise for its own files; both are in one run,
 * and each file is analyzed with its own configuration's roles. Written for
 * ossl-lint.
 *
 * Expected: nothing.
 */
#include <openssl/ssl.h>

void backend_reset(void);

int read_after_reset(SSL *ssl, void *buf, int len)
{
	int n;

	backend_reset();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	n = SSL_get_error(ssl, n);
	return n == SSL_ERROR_WANT_READ || n == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
