/*
 * A connect helper that retries SSL_connect() on an SSL fresh from SSL_new()
 * in a do-while loop whose condition tests the handshake's result in a block
 * of its own (`do { r = SSL_connect(ssl); ... continue; ... } while (r !=
 * 1);`, pgexporter's http.c): the loop comes back to the handshake only
 * through its failure, which leaves the SSL in its handshake, so every call
 * runs state_machine(), which clears first, and the success leaves the
 * queue empty: no finding at the read after the loop, whatever the caller
 * left. The handshake call itself runs with the caller's queue (the
 * contract). Before, a fresh SSL's handshake in any loop was taken to leave
 * the queue as it was. Twin: handshake_retry_do_while_of_local_twin.c.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int fetch(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl = SSL_new(ctx);
	int r;

	if (ssl == NULL)
		return -1;
	if (SSL_set_fd(ssl, fd) == 0)
		goto error;
	do {
		r = SSL_connect(ssl); // expect: OSSL001
		if (r != 1) {
			int e = SSL_get_error(ssl, r);
			switch (e) {
			case SSL_ERROR_WANT_READ:
			case SSL_ERROR_WANT_WRITE:
				continue;
			default:
				goto error;
			}
		}
	} while (r != 1);
	int n = SSL_read(ssl, buf, len);
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			goto error;
		n = 0;
	}
	SSL_free(ssl);
	return n;
error:
	SSL_free(ssl);
	return -1;
}
