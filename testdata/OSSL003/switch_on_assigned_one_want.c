/*
 * A switch on `err = SSL_get_error(...)` (stunnel's form, src/client.c 5.75)
 * tests the classification with its case labels: one that handles only
 * SSL_ERROR_WANT_READ is reported like `switch (SSL_get_error(...))`, and one
 * that handles both is not. Clean twin: both_wants.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int want_read_only(SSL *ssl, char *buf, int n)
{
	int err, num;

	ERR_clear_error();
	num = SSL_read(ssl, buf, n);
	switch (err = SSL_get_error(ssl, num)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		return num;
	case SSL_ERROR_WANT_READ:
		return 0;
	default:
		return -1;
	}
}

int both_wants(SSL *ssl, char *buf, int n)
{
	int err, num;

	ERR_clear_error();
	num = SSL_read(ssl, buf, n);
	switch (err = SSL_get_error(ssl, num)) {
	case SSL_ERROR_NONE:
		return num;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}
