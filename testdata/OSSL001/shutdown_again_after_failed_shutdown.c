/*
 * The second SSL_shutdown() of a bidirectional close runs right after the
 * first failed or returned 0 (xrdp's ssl_tls_disconnect()). Where the first
 * pushed an error (an SSL in its handshake, or broken), the second fails on
 * the same SSL with an error of its own (SSL_R_SHUTDOWN_WHILE_IN_INIT), so
 * the first one's error cannot change the classification: the model's
 * repeats_failure. The queue was cleared before the first: no OSSL001 at
 * the second. Twins in shutdown_again_after_failed_shutdown_twin.c.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls {
	SSL *ssl;
};

int log_tls_error(SSL *s, int status);

int tls_disconnect(struct tls *t)
{
	int status;

	ERR_clear_error();
	status = SSL_shutdown(t->ssl);
	if (status != 1) {
		status = SSL_shutdown(t->ssl);
		if (status <= 0) {
			int e = SSL_get_error(t->ssl, status);
			if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
				return log_tls_error(t->ssl, e);
		}
	}
	return 0;
}

int local_disconnect(SSL *s)
{
	int status;

	ERR_clear_error();
	if ((status = SSL_shutdown(s)) == 1)
		return 0;
	status = SSL_shutdown(s);
	if (status < 0) {
		int e = SSL_get_error(s, status);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	return 0;
}
