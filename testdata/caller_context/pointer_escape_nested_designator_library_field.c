/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: a nested designator `.act.sa_handler` in the initializer of the project's own struct: the field is a system header's.
 * The one call through a pointer in the run comes right after
 * ERR_clear_error(), but other callers are not known: OSSL001, as for any
 * address taken. (Review of the callers through pointers: silent when only
 * the first store of the address was followed.)
 */
#define _POSIX_C_SOURCE 200809L
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <signal.h>
static SSL *g_ssl;
struct conf {
	int sig;
	struct sigaction act;
};
static void on_alarm(int sig)
{
	char b[1];
	int n = SSL_write(g_ssl, b, sig); // expect: OSSL001
	if (n <= 0 && (SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_WRITE ||
	                 SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_READ))
		return;
}
static struct conf confs[] = {{.sig = SIGALRM, .act.sa_handler = on_alarm}};
void install(void (*direct)(int))
{
	sigaction(confs[0].sig, &confs[0].act, NULL);
	ERR_clear_error();
	direct(0);
}
