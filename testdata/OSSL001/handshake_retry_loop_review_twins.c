/*
 * Twins of handshake_retry_do_while_of_local.c from its review, each still
 * reported at the read after the loop:
 * - fetch_struct(): the SSL is copied into a struct whose address a function
 *   outside the run gets in the loop (an event-loop library that may finish
 *   the handshake with a write); the IR does not show the copy, so a call
 *   outside the run given anything but constants on the way round is taken as
 *   one that may run the handshake. refresh_crl() then pushes, and the next
 *   SSL_connect() returns 1 at once;
 * - fetch_async(): the run sets SSL_MODE_ASYNC: after SSL_ERROR_WANT_ASYNC the
 *   next SSL_connect() resumes the paused job inside state_machine(), without
 *   its ERR_clear_error(), and the CRL refresh's error survives the success.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	int fd;
	SSL *ssl;
};

void conn_service(struct conn *c); /* an event loop's: may write over c->ssl */
void refresh_crl(SSL_CTX *ctx);    /* may push */

int fetch_struct(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl = SSL_new(ctx);

	if (ssl == NULL || SSL_set_fd(ssl, fd) == 0)
		goto error;
	struct conn c = {fd, ssl};
	for (;;) {
		int r = SSL_connect(ssl); // expect: OSSL001
		if (r == 1)
			break;
		int e = SSL_get_error(ssl, r);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			goto error;
		conn_service(&c);
		refresh_crl(ctx);
	}
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

static void ctx_setup(SSL_CTX *ctx)
{
	SSL_CTX_set_mode(ctx, SSL_MODE_ASYNC);
}

int fetch_async(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl;
	int r;

	ctx_setup(ctx);
	if ((ssl = SSL_new(ctx)) == NULL)
		return -1;
	if (SSL_set_fd(ssl, fd) == 0)
		goto error;
	do {
		r = SSL_connect(ssl); // expect: OSSL001
		if (r != 1) {
			int e = SSL_get_error(ssl, r);
			if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_WANT_ASYNC)
				goto error;
			refresh_crl(ctx);
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
