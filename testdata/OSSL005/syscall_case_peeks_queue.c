/*
 * A separate SSL_ERROR_SYSCALL case that returns the clean close's 0 only
 * when the queue holds no error (`ERR_peek_error() == 0`, the deliberate
 * choice nginx makes in one condition, written here as its own branch), and
 * an error otherwise; the default is an error. The outcomes differ by a test
 * the checker cannot decide: not reported. Expected: nothing.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int recv_some(SSL *ssl, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		if (ERR_peek_error() == 0)
			return 0;
		return -1;
	default:
		return -1;
	}
}
