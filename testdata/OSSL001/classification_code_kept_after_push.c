/*
 * A push on the way of one classification code, and a loop that goes round
 * only on another: INN's line_doread() (nnrpd/line.c) calls SSL_shutdown()
 * under `case SSL_ERROR_ZERO_RETURN:` and goes round only `while (err ==
 * SSL_ERROR_WANT_READ)` (here with WANT_WRITE), codes SSL_get_error() gives only with an empty
 * queue. The shutdown's error never reaches the next SSL_read(): no finding.
 * Before, the push made the classification's variable say nothing of the
 * ways with an error (OSSL001 at the read, "a pass through the loop").
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int read_some(SSL *s, char *p, int len)
{
	int n, err;

	ERR_clear_error();
	do {
		n = SSL_read(s, p, len);
		err = SSL_get_error(s, n);
		switch (err) {
		case SSL_ERROR_ZERO_RETURN:
			SSL_shutdown(s);
			goto closed;
		case SSL_ERROR_SYSCALL:
		case SSL_ERROR_SSL:
		closed:
			n = -1;
			break;
		}
	} while (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE);
	return n;
}
