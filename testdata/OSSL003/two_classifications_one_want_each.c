/* Not a finding: the same I/O result is classified twice, each call tested for
 * one want; together they handle both (the classifications of one I/O call are
 * taken together). The second function tests one want only: a finding. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int retry_wanted(SSL *s, char *b)
{
	int n;

	ERR_clear_error();
	n = SSL_read(s, b, 4);
	return SSL_get_error(s, n) == SSL_ERROR_WANT_READ || SSL_get_error(s, n) == SSL_ERROR_WANT_WRITE;
}

int read_only_wanted(SSL *s, char *b)
{
	int n;

	ERR_clear_error();
	n = SSL_read(s, b, 4);
	if (SSL_get_error(s, n) == SSL_ERROR_WANT_READ) // expect: OSSL003
		return 0;
	return SSL_get_error(s, n) == SSL_ERROR_ZERO_RETURN ? 1 : -1;
}
