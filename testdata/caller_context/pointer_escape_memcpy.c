/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: copied byte by byte with memcpy() through `&fn` (a conversion to `void *`) and called back from another pointer.
 * The one call through a pointer in the run comes right after
 * ERR_clear_error(), but other callers are not known: OSSL001, as for any
 * address taken. (Review of the callers through pointers: silent when only
 * the first store of the address was followed.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <string.h>
struct conn { SSL *ssl; char buf[512]; };
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
	void *(*fn)(void *) = worker;
	unsigned char raw[sizeof fn];
	memcpy(raw, &fn, sizeof fn);
	ERR_clear_error();
	fn(c);
	void *(*back)(void *);
	memcpy(&back, raw, sizeof back);
	return pthread_create(t, NULL, back, c);
}
