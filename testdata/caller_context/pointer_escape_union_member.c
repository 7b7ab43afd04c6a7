/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: a union member: the union may be read as its other member, and is given to pthread_create().
 * The one call through a pointer in the run comes right after
 * ERR_clear_error(), but other callers are not known: OSSL001, as for any
 * address taken. (Review of the callers through pointers: silent when only
 * the first store of the address was followed.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
struct conn { SSL *ssl; char buf[512]; };
union cb { void *(*start)(void *); void (*other)(void); };
static void *worker(void *arg)
{
	struct conn *c = arg;
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n <= 0 && SSL_get_error(c->ssl, n) != SSL_ERROR_WANT_READ &&
	    SSL_get_error(c->ssl, n) != SSL_ERROR_WANT_WRITE)
		return NULL;
	return c;
}
int start(struct conn *c, pthread_t *t)
{
	union cb u;
	u.start = worker;
	ERR_clear_error();
	u.start(c);
	return pthread_create(t, NULL, u.start, c);
}
