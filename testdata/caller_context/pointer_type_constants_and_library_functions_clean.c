/*
 * Pointers of a callback's type that carry no function of the project: a
 * signal disposition made of an integer constant (`SIG_IGN`), a null pointer,
 * a library function's own address (`free`). They reach the C library, but
 * no function of the run goes with them: the project's handlers of the same
 * types, kept in its own tables and called through them right after
 * ERR_clear_error(), have no unknown caller. Nothing to report. (Review of
 * 74afe9c: any pointer of the type given to a library made every function
 * of that type an entry point.)
 */
#define _POSIX_C_SOURCE 200809L
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

static SSL *g_ssl;
typedef void (*tick_fn)(int);
typedef void (*release_fn)(void *);

static void on_tick(int len)
{
	char b[16];
	int n = SSL_write(g_ssl, b, len);
	if (n <= 0) {
		int e = SSL_get_error(g_ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			abort();
	}
}

static void drain_peer(void *p)
{
	SSL *s = p;
	char b[16];
	int n = SSL_read(s, b, sizeof b);
	if (n <= 0) {
		int e = SSL_get_error(s, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			abort();
	}
}

static tick_fn ticks[] = {on_tick};
static release_fn releases[] = {drain_peer};
static pthread_key_t k1, k2;

int setup(int i, void *p)
{
	signal(SIGPIPE, SIG_IGN);
	signal(SIGHUP, SIG_DFL);
	if (pthread_key_create(&k1, NULL) || pthread_key_create(&k2, free))
		return -1;
	ERR_clear_error();
	ticks[i](1);
	ERR_clear_error();
	releases[i](p);
	return 0;
}
