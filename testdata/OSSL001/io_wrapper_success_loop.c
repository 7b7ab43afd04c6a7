/*
 * Shape: an I/O wrapper that counts bytes (curl's and libwebsockets' read
 * helpers keep statistics) used in a read-until-full loop. Written for
 * ossl-lint; not real code.
 *
 * raw_read() returns SSL_read()'s result; where that result is > 0 the read
 * succeeded and pushed nothing, so read_full() may loop on `n > 0` after one
 * clear. retry_read() returns 1 ("try again") after a failure it has just
 * reported with ERR_raise(): its positive results prove nothing, and
 * read_retrying()'s loop may run SSL_read() on a queue holding that error.
 *
 * Expected: OSSL001 on the retry_read() call only.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct conn { SSL *ssl; long rx; };

static int raw_read(struct conn *c, void *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len);

	if (n > 0)
		c->rx += n;
	return n;
}

static int retry_read(struct conn *c, void *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len);

	if (n <= 0 && SSL_want_read(c->ssl)) {
		ERR_raise(ERR_LIB_SSL, SSL_R_BAD_LENGTH);
		return 1;
	}
	return n;
}

int read_full(struct conn *c, unsigned char *buf, int size)
{
	int n, total = 0;

	ERR_clear_error();
	while (total < size) {
		n = raw_read(c, buf + total, size - total);
		if (n <= 0) {
			int e = SSL_get_error(c->ssl, n);
			return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? total : -1;
		}
		total += n;
	}
	return total;
}

int read_retrying(struct conn *c, unsigned char *buf, int size)
{
	int n, total = 0;

	ERR_clear_error();
	while (total < size) {
		n = retry_read(c, buf + total, size - total); // expect: OSSL001
		if (n <= 0) {
			int e = SSL_get_error(c->ssl, n);
			return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? total : -1;
		}
		total += n;
	}
	return total;
}
