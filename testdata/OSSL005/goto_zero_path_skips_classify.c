/* Bad: the 0 result jumps to a shared `done:` label that ends the stream;
 * only the negative path reaches SSL_get_error(). */
#include <openssl/ssl.h>
#include <openssl/err.h>

int drain_response(SSL *ssl, char *buf, int len, int *complete)
{
	int n, err;

	for (;;) {
		ERR_clear_error();
		n = SSL_read(ssl, buf, len); // expect: OSSL005
		if (!n)
			goto done;
		if (n < 0)
			break;
	}
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 1;
	return -1;
done:
	*complete = 1;
	return 0;
}
