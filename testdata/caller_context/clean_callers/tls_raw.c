/*
 * Caller context, clean: tls_raw_read() leaves the queue to its callers (it
 * does not clear before SSL_read()). Every caller of the run empties the queue
 * before calling it: one with a drain helper defined in another file
 * (errlog.c: logs until ERR_get_error() returns 0), one with
 * ERR_clear_error(). So no caller brings an error: no finding.
 * (dirty_caller/ is the bug twin.) Shaped after event-loop servers whose
 * read primitive is called from a few places that each reset the queue.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "conn.h"

int tls_raw_read(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}
