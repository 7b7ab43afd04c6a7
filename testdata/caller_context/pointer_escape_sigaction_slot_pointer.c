/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: stored through a local pointer to `struct sigaction`'s
 * `sa_handler` (`slot = &sa.sa_handler; *slot = on_alarm;`): taking the
 * address of a system header's field of that type lets any store through it
 * escape. Other callers are not known: OSSL001. (Review of 74afe9c.)
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
	struct sigaction sa;
	void (**slot)(int) = &sa.sa_handler;
	*slot = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	ERR_clear_error();
	direct(0);
}
