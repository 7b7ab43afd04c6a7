/*
 * Shape: a thin same-file I/O wrapper that returns SSL_read()'s result (like
 * the tls_read()/backend read helpers in many servers). A call to it is an io
 * call; the caller classifies its result with SSL_get_error().
 *
 * Expected: OSSL001 on the call to tls_raw_read() in the caller (no clear
 * since function entry). Nothing inside tls_raw_read(): its io result is not
 * classified there. Both wants handled: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct tconn { SSL *ssl; int blocked_on; };

int tls_raw_read(struct tconn *t, void *buf, int len)
{
	return SSL_read(t->ssl, buf, len);
}

int tls_read(struct tconn *t, void *buf, int len)
{
	int n, err;

	n = tls_raw_read(t, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	err = SSL_get_error(t->ssl, n);
	switch (err) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		t->blocked_on = err;
		return 0;
	default:
		return -1;
	}
}
