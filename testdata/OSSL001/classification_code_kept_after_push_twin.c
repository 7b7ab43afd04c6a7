/*
 * The twin of classification_code_kept_after_push.c: the loop also goes
 * round on SSL_ERROR_ZERO_RETURN, the code under which SSL_shutdown() may
 * have pushed, so the next SSL_read() may see that error: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int read_some(SSL *s, char *p, int len)
{
	int n, err;

	ERR_clear_error();
	do {
		n = SSL_read(s, p, len); // expect: OSSL001
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
	} while (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_ZERO_RETURN);
	return n;
}
