/* Bad: the tutorial fall-through: SSL_ERROR_SYSCALL (a reset, or an EOF
 * without close_notify on OpenSSL 1.1) shares the code of
 * SSL_ERROR_ZERO_RETURN, so a truncation reads as a clean end. */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { GOT_DATA, GOT_EOF, GOT_AGAIN, GOT_ERROR };

int read_step(SSL *ssl, char *buf, int len, int *got)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	err = SSL_get_error(ssl, n); // expect: OSSL005
	switch (err) {
	case SSL_ERROR_NONE:
		*got = n;
		return GOT_DATA;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return GOT_AGAIN;
	case SSL_ERROR_ZERO_RETURN:
	case SSL_ERROR_SYSCALL:
		return GOT_EOF;
	default:
		return GOT_ERROR;
	}
}
