/*
 * Shape: nginx ngx_ssl_recv() / ngx_ssl_handle_recv(), where the wrapper's
 * success path does more OpenSSL work. Written for ossl-lint; not the real code.
 *
 * handle_recv() returns R_OK only where n > 0, so `c->last == R_OK` proves the
 * SSL_read() succeeded; but on that path it first flushes the write BIO
 * (BIO_ctrl, an OpenSSL call that may push an error) and returns R_OK whatever
 * the flush did. The loop goes round with whatever the flush left.
 *
 * Expected: OSSL001 on SSL_read.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };
struct conn { SSL *ssl; BIO *wbio; int last; };

static int handle_recv(struct conn *c, int n)
{
	int e;

	if (n > 0) {
		(void) BIO_flush(c->wbio);
		return R_OK;
	}
	e = SSL_get_error(c->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return R_AGAIN;
	return R_ERROR;
}

int recv_all(struct conn *c, unsigned char *buf, int size)
{
	int n, bytes = 0;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(c->ssl, buf + bytes, size - bytes); // expect: OSSL001
		c->last = handle_recv(c, n);
		if (c->last != R_OK)
			return bytes ? bytes : c->last;
		bytes += n;
		if (bytes == size)
			return bytes;
	}
}
