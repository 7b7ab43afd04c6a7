/*
 * A 0 singled out by two tests of the sign, with no test for 0 written: past
 * `n <= 0` true, the `else` of `n < 0` is taken by the 0 alone (a load
 * generator's do_recv(), a mail proxy's __io_read()). Each takes that 0 as
 * the end of the data without SSL_get_error(), which a truncation also
 * gives: OSSL005, as for `if (n == 0)`.
 * Not reported:
 *  - classify_in_else() asks SSL_get_error() in that else;
 *  - sign_only() tests `n < 0` alone: its else holds the data's counts as
 *    well as the 0, and nothing there singles the 0 out.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct call {
	int state;
	int done;
	int failed;
};

static void conn_failure(struct call *c, int err)
{
	c->failed = err;
}

static void recv_done(struct call *c)
{
	c->done = 1;
}

void do_recv(struct call *c, SSL *ssl, char *buf, int len)
{
	int nread = SSL_read(ssl, buf, len - 1); // expect: OSSL005
	if (nread <= 0) {
		if (nread < 0) {
			if (errno != EAGAIN)
				conn_failure(c, errno);
		} else if (c->state != 3)
			conn_failure(c, ECONNRESET);
		else
			recv_done(c);
		return;
	}
	buf[nread] = 0;
}

int io_read(SSL *ssl, char *buf, int count)
{
	int bytes;
	if ((bytes = SSL_read(ssl, buf, count)) <= 0) { // expect: OSSL005
		if (bytes < 0)
			return -1;
		else
			return 0;
	}
	return bytes;
}

int classify_in_else(SSL *ssl, char *buf, int count)
{
	int bytes;
	ERR_clear_error();
	if ((bytes = SSL_read(ssl, buf, count)) <= 0) {
		if (bytes < 0)
			return -1;
		if (SSL_get_error(ssl, bytes) == SSL_ERROR_ZERO_RETURN)
			return 0;
		return -1;
	}
	return bytes;
}

int sign_only(SSL *ssl, char *buf, int count, int *total)
{
	int n = SSL_read(ssl, buf, count);
	if (n < 0)
		return -1;
	*total += n;
	return n;
}
