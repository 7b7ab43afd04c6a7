/*
 * A 0 taken as the end only where SSL_get_shutdown() says the peer's
 * close_notify arrived (the shape of eggdrop's sockread()): OpenSSL sets
 * SSL_RECEIVED_SHUTDOWN for a received close_notify or fatal alert, never for
 * an EOF without one (rec_layer_s3.c), so that way is a clean close, like
 * SSL_ERROR_ZERO_RETURN (the model's close_notify_bits). Every other 0 is
 * classified: no finding.
 * bare_eof_twin: the 0 without close_notify falls to the generic `x <= 0`
 * end-of-stream branch, unclassified: OSSL005.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int tls_read(SSL *ssl, char *buf, int len)
{
	int x;

	ERR_clear_error();
	x = SSL_read(ssl, buf, len);
	if (x == 0 && SSL_get_shutdown(ssl) == SSL_RECEIVED_SHUTDOWN)
		return 0; /* close_notify received: the end of the data */
	if (x <= 0) {
		int e = SSL_get_error(ssl, x);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return -2;
		return -1;
	}
	return x;
}

int bare_eof_twin(SSL *ssl, char *buf, int len, int *eof)
{
	int x;

	ERR_clear_error();
	x = SSL_read(ssl, buf, len); // expect: OSSL005
	if (!x && SSL_get_shutdown(ssl) == SSL_RECEIVED_SHUTDOWN) {
		*eof = 1;
		return 0;
	} else if (x < 0) {
		int e = SSL_get_error(ssl, x);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			errno = EAGAIN;
		x = -1;
	}
	if (x <= 0 && errno != EAGAIN) {
		*eof = 1; /* the generic end of stream, a bare EOF too */
		return 0;
	}
	return x;
}
