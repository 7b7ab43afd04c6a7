/*
 * A function whose address reaches code the run does not see: stored to a
 * variable that a system header declares (glibc's `error_print_progname`,
 * which error() calls). The one call through a pointer in the run comes right
 * after ERR_clear_error(), but the C library calls it too: OSSL001.
 * (Review of 74afe9c: a store to a system header's variable was kept.)
 */
#include <error.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
static SSL *g_ssl;
static void print_prefix(void)
{
	char b[] = "x";
	int n = SSL_write(g_ssl, b, 1); // expect: OSSL001
	if (n <= 0 && (SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_WRITE ||
	                 SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_READ))
		return;
}
void install(void (*direct)(void))
{
	error_print_progname = print_prefix;
	ERR_clear_error();
	direct();
}
