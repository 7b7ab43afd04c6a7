/*
 * Twins of handshake_retry_do_while_of_local.c, each still reported at the
 * read after the loop:
 * - fetch_banner(): the loop's body writes a banner over the SSL before the
 *   retry (a helper that runs TLS I/O), so a later round's SSL_connect() may
 *   find the handshake over: it returns 1 at once and clears nothing;
 * - fetch_reused(): the test's variable is given another result in the loop
 *   (`r = probe(ssl)` after the handshake), so the loop's condition says
 *   nothing of the handshake's failure.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int banner(SSL *ssl)
{
	return SSL_write(ssl, "hi\n", 3);
}

int probe(SSL *ssl);

int fetch_banner(SSL_CTX *ctx, int fd, char *buf, int len)
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
			if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
				goto error;
			banner(ssl);
		}
	} while (r != 1);
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
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

int fetch_reused(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl = SSL_new(ctx);
	int r;

	if (ssl == NULL)
		return -1;
	if (SSL_set_fd(ssl, fd) == 0)
		goto error;
	do {
		r = SSL_connect(ssl); // expect: OSSL001
		if (r == 1)
			r = probe(ssl);
		else if (SSL_get_error(ssl, r) != SSL_ERROR_WANT_READ && SSL_get_error(ssl, r) != SSL_ERROR_WANT_WRITE)
			goto error;
	} while (r != 1);
	int n = SSL_read(ssl, buf, len); // expect: OSSL001
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
