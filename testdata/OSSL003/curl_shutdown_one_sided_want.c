/*
 * Shape: curl lib/vtls/openssl.c (snapshot rc-8_22_0-2-30, 2026):
 * ossl_shutdown(). Renamed and stripped; not the real code.
 *
 * 1. "Did the server already send close_notify?": ERR_clear_error() once,
 *    then a for loop of up to 10 SSL_read() calls that only goes round while
 *    SSL_read() returns > 0, then SSL_get_error(). The clear is before the
 *    loop, but the loop only goes round on the branch where SSL_read() > 0,
 *    a success that leaves no error: the checker follows that branch
 *    (success_min in the model) and reports nothing.
 * 2. `if (SSL_get_error(ssl, rc) == SSL_ERROR_WANT_WRITE)` after
 *    SSL_shutdown(): exactly one want compared -> OSSL003. curl does this on
 *    purpose: every other result falls through to the read loop below, which
 *    is where WANT_READ is handled. A KNOWN FALSE POSITIVE of the rule as
 *    specified; see testdata/README.md.
 * 3. The last loop clears inside the loop, and its switch has both wants.
 * (curl reuses one `err` variable for classifications 1 and 3; here they are
 * separate to keep the expectation independent of variable reuse.)
 *
 * Expected: OSSL003 on the SSL_get_error of the SSL_shutdown result, a known
 * false positive (expect-fp): the other want is handled by the next loop.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct sconn { SSL *ssl; int io_need; int done; };

int shutdown_step(struct sconn *c, int send_shutdown)
{
	char buf[1024];
	int nread = -1, first, last, rc, i;

	if (!(SSL_get_shutdown(c->ssl) & SSL_SENT_SHUTDOWN)) {
		ERR_clear_error();
		for (i = 0; i < 10; ++i) {
			nread = SSL_read(c->ssl, buf, (int)sizeof(buf));
			if (nread <= 0)
				break;
		}
		first = SSL_get_error(c->ssl, nread);
		if (!nread && first == SSL_ERROR_ZERO_RETURN && !send_shutdown) {
			c->done = 1;
			return 0;
		}
	}
	if (send_shutdown && !(SSL_get_shutdown(c->ssl) & SSL_SENT_SHUTDOWN)) {
		ERR_clear_error();
		rc = SSL_shutdown(c->ssl);
		if (rc == 1) {
			c->done = 1;
			return 0;
		}
		if (SSL_get_error(c->ssl, rc) == SSL_ERROR_WANT_WRITE) { // expect-fp: OSSL003
			c->io_need = 2;
			return 0;
		}
	}
	for (i = 0; i < 10; ++i) {
		ERR_clear_error();
		nread = SSL_read(c->ssl, buf, (int)sizeof(buf));
		if (nread <= 0)
			break;
	}
	last = SSL_get_error(c->ssl, nread);
	switch (last) {
	case SSL_ERROR_ZERO_RETURN:
		c->done = 1;
		break;
	case SSL_ERROR_NONE:
	case SSL_ERROR_WANT_READ:
		c->io_need = 1;
		break;
	case SSL_ERROR_WANT_WRITE:
		c->io_need = 2;
		break;
	default:
		c->done = 1;
		break;
	}
	return 0;
}
