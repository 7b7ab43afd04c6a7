/* Good: a thin wrapper returns SSL_read()'s result (0 included) to its
 * caller, which classifies it: nothing is decided here. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int raw_read(SSL *ssl, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n == 0)
		return n;
	return n;
}
