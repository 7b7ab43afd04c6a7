/*
 * A switch on an I/O call's result whose case label is a success value
 * proves the call succeeded there (shaped after pure-ftpd's
 * tls_close_session(), src/tls.c 1.0.52): SSL_shutdown() returning 0 (its
 * success_min: close_notify sent) or 1 pushed nothing, so `case 0:` going
 * back to the call keeps the clear made before the label, and the WANT_*
 * cases have an empty queue. The twin also goes back from the default case
 * after logging a failure (SSL_ERROR_SSL reaches it with the error on the
 * queue): OSSL001 at the shutdown, from the previous pass.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void note(const char *what);

void close_session(SSL *s)
{
	int tries = 2;

	ERR_clear_error();
retry:
	switch (SSL_shutdown(s)) {
	case 0:
		if (--tries > 0)
			goto retry;
		break;
	case 1:
		break;
	default:
		switch (SSL_get_error(s, -1)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			goto retry;
		default:
			break;
		}
	}
}

void close_session_retry_on_error(SSL *s)
{
	int tries = 2;

	ERR_clear_error();
retry:
	switch (SSL_shutdown(s)) { // expect: OSSL001
	case 0:
		if (--tries > 0)
			goto retry;
		break;
	case 1:
		break;
	default:
		switch (SSL_get_error(s, -1)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			goto retry;
		default:
			note("shutdown failed");
			if (--tries > 0)
				goto retry;
			break;
		}
	}
}
