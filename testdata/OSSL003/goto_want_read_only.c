/*
 * Shape: an accept loop with a goto retry that only retries on WANT_READ
 * (combined with || on another code); WANT_WRITE during the handshake is
 * treated as fatal. Not a specific project.
 *
 * Expected: OSSL003 on SSL_get_error. The clear is after the label (inside
 * the goto loop): no OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_readable(int fd);

int accept_retry(SSL *ssl, int fd)
{
	int r, e;

retry:
	ERR_clear_error();
	r = SSL_accept(ssl);
	if (r == 1)
		return 0;
	e = SSL_get_error(ssl, r); // expect: OSSL003
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_X509_LOOKUP) {
		if (wait_readable(fd) > 0)
			goto retry;
	}
	return -1;
}
