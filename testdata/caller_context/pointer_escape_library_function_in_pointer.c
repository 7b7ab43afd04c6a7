/* (Review of 17c2ba8, 5cebe36 and 791b484: silent before the review's fixes.)
 * A pointer of the scheduler's type holds either the run's own run_now() or
 * the C library's atexit(): the callback given through it reaches atexit(),
 * which calls it at exit with whatever is on the queue. flush() must stay an
 * entry point. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdlib.h>

static SSL *g_ssl;

static void flush(void)
{
	char b[16] = {0};
	int n = SSL_write(g_ssl, b, sizeof b); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(g_ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			abort();
	}
}

static int run_now(void (*f)(void))
{
	ERR_clear_error();
	f();
	return 0;
}

int schedule(SSL *s, int later)
{
	int (*sched)(void (*)(void)) = later ? atexit : run_now;
	g_ssl = s;
	return sched(flush);
}
