/*
 * Found by review of the third session of 2026-12-03 (a twin that a change
 * of that session had silenced, fixed the same session): the finding must stay.
 * `err = e = SSL_get_error(...)`: err holds the classification, which is
 * tested for SSL_ERROR_WANT_READ only (SSL_ERROR_WANT_WRITE unhandled). */
#include <openssl/err.h>
#include <openssl/ssl.h>
int wait_readable(SSL *ssl);

int pump(SSL *ssl, char *buf, int len)
{
	int n, err, e;
	for (;;) {
		ERR_clear_error();
		n = SSL_read(ssl, buf, len);
		if (n > 0)
			return n;
		err = e = SSL_get_error(ssl, n); // expect: OSSL003
		(void)e;
		if (err == SSL_ERROR_WANT_READ) {
			wait_readable(ssl);
			continue;
		}
		return -1;
	}
}
