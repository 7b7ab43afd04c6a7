/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Added false positive. main.c (the program) gives the run's only SSL a memory read BIO and a write BIO of
 * its own method whose write never asks to retry (filter_write), so SSL_ERROR_WANT_WRITE cannot happen; the
 * SSL is read by conn.c's conn_read through the exported table conn_ops (no call edge). Handling only
 * SSL_ERROR_WANT_READ there is complete (as testdata/custom_bio/buffered_filter). 0d56ad4: nothing.
 * 23517b1: OSSL003 at conn.c:15 (the library part makes no BIO method, so its "writes never retry" is false). */
/* Library code reached through the exported table conn_ops: handles only
 * SSL_ERROR_WANT_READ, which is complete when every SSL writes through a BIO
 * that never asks to retry a write (main.c's). */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}

struct conn_ops {
	int (*read)(SSL *ssl, char *buf, int len);
};
const struct conn_ops conn_ops = { conn_read };
