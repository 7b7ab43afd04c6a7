/*
 * Shape: fetchmail's SockRead()/SockPeek() (socket.c): SSL_peek()/SSL_read()
 * with no clear, then SSL_get_error() whose result is discarded, or only
 * tested for being non-zero. After a failed call (result <= 0) SSL_get_error()
 * never says SSL_ERROR_NONE, and every other code takes the same error path,
 * so an old error on the queue changes nothing: no finding. The third shape
 * keeps the code in a variable (`if ((n = SSL_get_error(ssl, n)))`) that is
 * returned later, where it can only be SSL_ERROR_NONE: no finding either.
 * read_classified is the twin that tells WANT_READ from the rest, and
 * read_code_kept the twin whose variable is tested for WANT_READ after the
 * test for NONE: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int sock_peek_read(SSL *ssl, char *bp, int len)
{
	int n;

	if ((n = SSL_peek(ssl, bp, len)) < 0) {
		(void)SSL_get_error(ssl, n);
		return -1;
	}
	if (n == 0) {
		if (0 != SSL_get_error(ssl, n))
			return -1;
		n = 1;
	}
	if ((n = SSL_read(ssl, bp, n)) <= 0) {
		if ((n = SSL_get_error(ssl, n)))
			return -1;
	}
	return n;
}

int read_classified(SSL *ssl, char *bp, int len)
{
	int n = SSL_read(ssl, bp, len); // expect: OSSL001
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int read_code_kept(SSL *ssl, char *bp, int len)
{
	int n;

	if ((n = SSL_read(ssl, bp, len)) <= 0) { // expect: OSSL001
		if ((n = SSL_get_error(ssl, n))) {
			if (n == SSL_ERROR_WANT_READ)
				return 0;
			return -1;
		}
	}
	return n;
}
