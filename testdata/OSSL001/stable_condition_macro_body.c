/* (Review of 17c2ba8, 5cebe36 and 791b484: the twin of stable_condition_macro_argument.c, reported before and after.)
 * Conditions entirely inside a macro body: both expand at the invocation. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#define CLEAR_IF_A if (a) ERR_clear_error()
#define WRITE_IF_B if (b) rc = SSL_write(ssl, buf, len)

int f(SSL *ssl, int a, int b, const char *buf, int len)
{
	int rc = 1;
	CLEAR_IF_A;
	WRITE_IF_B; // expect: OSSL001
	if (rc <= 0) {
		int e = SSL_get_error(ssl, rc);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	return 0;
}
