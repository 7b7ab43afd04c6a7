/*
 * Caller context, a dirty caller: tls_raw_read() leaves the queue to its callers (it
 * does not clear before SSL_read()). Every caller of the run empties the queue
 * before calling it but one: load_and_read() loads a certificate file (which
 * pushes when it fails, unchecked) and then reads: the error it may leave
 * reaches SSL_read(): OSSL001, with the caller path in the notes.
 * (clean_callers/ is the correct twin.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "conn.h"

int tls_raw_read(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len); // expect: OSSL001
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
