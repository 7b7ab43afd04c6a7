/* Bad: SSL_read()'s 0 taken as the end of the stream without SSL_get_error().
 * On OpenSSL 3 a peer that closes without close_notify also gives 0 (with
 * SSL_ERROR_SSL / unexpected EOF): the truncated body is accepted as complete.
 * Shape: the "returns 0 means the peer closed" idiom of many small clients. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int fetch_body(SSL *ssl, char *buf, int len, int *eof)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (n > 0)
		return n;
	if (n == 0) {
		*eof = 1;
		return 0;
	}
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return -2;
	return -1;
}
