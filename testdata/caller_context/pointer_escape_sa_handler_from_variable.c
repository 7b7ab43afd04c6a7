/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: a local pointer that holds it is stored to
 * `struct sigaction`'s `sa_handler` (a system header's field). The one call
 * through a pointer in the run comes right after ERR_clear_error(), but other
 * callers are not known: OSSL001. (Review of 74afe9c: the store of a pointer
 * value, not of the function's own name, to an escaping field was missed.)
 */
#define _POSIX_C_SOURCE 200809L
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <signal.h>
static SSL *g_ssl;
static void on_alarm(int sig)
{
	char b[1];
	int n = SSL_write(g_ssl, b, sig); // expect: OSSL001
	if (n <= 0 && (SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_WRITE ||
	                 SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_READ))
		return;
}
void install(void (*direct)(int))
{
	void (*h)(int) = on_alarm;
	struct sigaction sa;
	sa.sa_handler = h;
	sigaction(SIGALRM, &sa, NULL);
	ERR_clear_error();
	direct(0);
}
