/*
 * Shape: shutdown handling that marks the session on a 0 return and falls
 * through into the classification (nginx's ngx_ssl_shutdown also calls
 * SSL_set_shutdown()/SSL_set_quiet_shutdown(), but before SSL_shutdown()).
 * Here it drops the session instead: SSL_set_session() may push (SSL_set_quiet_shutdown()
 * only sets a field: pure in rules/openssl-derived.yaml).
 *
 * Expected: OSSL002 on SSL_set_session (on the case 0 path it sits
 * between SSL_shutdown and SSL_get_error). Clear first: no OSSL001. Both
 * wants (switch with fall-through): no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int shut(SSL *ssl)
{
	int n, e;

	ERR_clear_error();
	n = SSL_shutdown(ssl);
	switch (n) {
	case 1:
		return 0;
	case 0:
		SSL_set_session(ssl, NULL); // expect: OSSL002
		/* fall through */
	default:
		e = SSL_get_error(ssl, n);
		switch (e) {
		case SSL_ERROR_WANT_READ:
			/* fall through */
		case SSL_ERROR_WANT_WRITE:
			return 1;
		default:
			return -1;
		}
	}
}
