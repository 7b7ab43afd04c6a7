/*
 * Shape: a well-meant ERR_clear_error() placed AFTER the io call instead of
 * before it (seen in code that "cleans up" right after each OpenSSL call).
 * Clears and drains are not OSSL002 (they are OSSL004); the rule must not
 * report this call twice. Not a specific project.
 *
 * Expected: OSSL004 on ERR_clear_error (not OSSL002). OSSL001 on SSL_write:
 * the clear after the io call does not help it, and function entry may have
 * left errors. Both wants: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int write_then_clear(SSL *ssl, const void *buf, int len)
{
	int n, e;

	n = SSL_write(ssl, buf, len); // expect: OSSL001
	ERR_clear_error(); // expect: OSSL004
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	return (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) ? 0 : -1;
}
