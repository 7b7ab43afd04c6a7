/* Inline suppressions: `ossl-lint: ignore[ID]` on the finding's line or the
 * line above silences that rule there, and only that rule. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int on_the_line(SSL *ssl, char *buf)
{
	int n = SSL_read(ssl, buf, 16); /* ossl-lint: ignore[OSSL001] caller clears */
	return SSL_get_error(ssl, n);
}

int on_the_line_above(SSL *ssl, char *buf)
{
	/* ossl-lint: ignore[stale-error-queue] (by name) */
	int n = SSL_read(ssl, buf, 16);
	return SSL_get_error(ssl, n);
}

int other_rule_named(SSL *ssl, char *buf)
{
	int n = SSL_read(ssl, buf, 16); /* ossl-lint: ignore[OSSL004] */ // expect: OSSL001
	return SSL_get_error(ssl, n);
}

int two_lines_above_does_not_count(SSL *ssl, char *buf)
{
	/* ossl-lint: ignore[OSSL001] */

	int n = SSL_read(ssl, buf, 16); // expect: OSSL001
	return SSL_get_error(ssl, n);
}
