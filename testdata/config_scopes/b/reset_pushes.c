/*
 * b/.ossl-lint.yaml says backend_reset() may push an error (and disables
 * OSSL003 here): the SSL_read() after it may run on a stale queue. a/ says
 * backend_reset() clears, for its own files only. Written for ossl-lint.
 *
 * Expected: OSSL001 on SSL_read; no OSSL003 (disabled in b/).
 */
#include <openssl/ssl.h>

void backend_reset(void);

int read_after_reset(SSL *ssl, void *buf, int len)
{
	int n;

	backend_reset();
	n = SSL_read(ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	return SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ ? 0 : -1;
}
