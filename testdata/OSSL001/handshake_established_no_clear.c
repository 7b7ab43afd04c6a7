/* (Review of 17c2ba8, 5cebe36 and 791b484: silent before the review's fixes.)
 * SSL_do_handshake() on a connection whose handshake is done returns 1 without
 * running state_machine() (ssl_lib.c: ret = 1; if (SSL_in_init(s) ||
 * SSL_in_before(s)) ret = s->handshake_func(s);), so it clears nothing: the
 * error SSL_shutdown() of the previous round left reaches SSL_read()'s
 * classification. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int pump(SSL *ssl, char *buf, int len, int rounds)
{
	for (int i = 0; i < rounds; i++) {
		if (SSL_do_handshake(ssl) != 1)
			return -1;
		int n = SSL_read(ssl, buf, len); // expect: OSSL001
		if (n <= 0) {
			int e = SSL_get_error(ssl, n);
			if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
				continue;
			return -1;
		}
		if (n < len)
			SSL_shutdown(ssl);
	}
	return 0;
}
