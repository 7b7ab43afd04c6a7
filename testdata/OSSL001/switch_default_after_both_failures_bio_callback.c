/*
 * Twin: the run sets a BIO callback (BIO_set_callback_ex()), whose result
 * replaces the BIO's and may be -2 or less, which SSL_read() passes on:
 * there `default:` may be a failure, with its error left on the queue:
 * OSSL001 at the shutdown.
 *
 * A read wrapper that switches on SSL_read()'s result: `case 0: case -1:`
 * classify, store the code in a field and clear the queue, and `default:`
 * takes the count as it is; then a renegotiating client's read gives 0
 * (shellinabox's httpRead(), libhttp/httpconnection.c). Its caller shuts the
 * connection down after a 0. Over OpenSSL's own BIOs SSL_read() fails with
 * 0 or -1 only (the model's custom_bio.native_min_result), so `default:` is
 * its success, which pushes nothing: every way out of the wrapper leaves the
 * queue empty, and the shutdown starts clean. No finding. Before, `default:`
 * was taken as any value, a failure among them (OSSL001 at the shutdown,
 * "conn_read() may leave an error on the queue").
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int last_error;
	int renegotiations;
	char buf[4096];
};

static int conn_read(struct conn *c, char *buf, int len)
{
	int rc = SSL_read(c->ssl, buf, len);
	switch (rc) {
	case 0:
	case -1:
		switch (c->last_error = SSL_get_error(c->ssl, rc)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			errno = EAGAIN;
			rc = -1;
			break;
		default:
			errno = EINVAL;
			break;
		}
		ERR_clear_error();
		break;
	default:
		break;
	}
	if (c->renegotiations > 1) /* a client that renegotiates is cut off */
		rc = 0;
	return rc;
}

static long trace(BIO *b, int oper, const char *argp, size_t len, int argi, long argl, int ret,
		  size_t *processed)
{
	(void)b, (void)oper, (void)argp, (void)len, (void)argi, (void)argl, (void)processed;
	return ret;
}

void conn_trace(struct conn *c)
{
	BIO_set_callback_ex(SSL_get_rbio(c->ssl), trace);
}

int conn_pump(struct conn *c)
{
	int n;
	ERR_clear_error();
	n = conn_read(c, c->buf, sizeof c->buf);
	if (n > 0 || (n < 0 && errno == EAGAIN))
		return n;
	switch (SSL_shutdown(c->ssl)) { // expect: OSSL001
	case 1:
		return 0;
	case 0:
		return 1;
	default:
		switch (SSL_get_error(c->ssl, -1)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			return 1;
		default:
			return -1;
		}
	}
}
