/* Only OSSL005 is enabled here (.ossl-lint.yaml beside this file): the stale
 * queue before SSL_read (OSSL001) is not reported, the premature close is. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int read_to_eof(SSL *ssl, char *buf, int len, int *eof)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (n > 0)
		return n;
	if (n == 0) {
		*eof = 1;
		return 0;
	}
	return SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ ? -2 : -1;
}
