/* (Review of 17c2ba8, 5cebe36 and 791b484: silent before the review's fixes.)
 * plugin_init(), an entry point the host calls, gets the host's registrar
 * `reg`; on_event, given to reg(...), reaches code the run does not see.
 * The run also has a registrar of that type (my_reg, which clears first), so
 * the call through `reg` is taken to call only the run's functions. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <stdlib.h>

static SSL *g_ssl;
typedef void (*event_cb)(void *);
typedef int (*reg_fn)(event_cb, void *);

static void on_event(void *arg)
{
	char b[16];
	(void)arg;
	int n = SSL_read(g_ssl, b, sizeof b); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(g_ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			abort();
	}
}

static int my_reg(event_cb cb, void *a)
{
	ERR_clear_error();
	cb(a);
	return 0;
}

/* A plug-in entry the host program calls with its own registrar. */
int plugin_init(reg_fn reg)
{
	return reg(on_event, NULL);
}

int local_init(void)
{
	reg_fn r = my_reg;
	return r(on_event, NULL);
}
