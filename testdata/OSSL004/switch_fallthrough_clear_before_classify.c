/*
 * Shape: SSL_shutdown() result switch where the 0 case "cleans up" the queue
 * with ERR_clear_error() and falls through into the classification.
 * (A clear between the io call and SSL_get_error is OSSL004 too: it wipes the
 * evidence SSL_get_error needs.) Not a specific project.
 *
 * Expected: OSSL004 on ERR_clear_error in case 0. Clear first: no OSSL001.
 * Both wants: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int close_tls(SSL *ssl)
{
	int n, e;

	ERR_clear_error();
	n = SSL_shutdown(ssl);
	switch (n) {
	case 1:
		return 0;
	case 0:
		ERR_clear_error(); // expect: OSSL004
		/* fall through */
	default:
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 1;
		return -1;
	}
}
