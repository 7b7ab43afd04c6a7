/*
 * Addresses that leave the project's own pointers of their type: code the
 * run does not see may call the function, with anything on the queue, even
 * though the one call through a pointer of its type in the run comes right
 * after ERR_clear_error(). worker() is also a thread's start routine handed
 * to pthread_create() (a library function); stored_read() is also stored,
 * cast to `void *`, in a field of another type. OSSL001 at both reads, as
 * for any address taken.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>

struct conn {
	SSL *ssl;
	char buf[512];
	void *opaque_cb;
};

static void *worker(void *arg)
{
	struct conn *c = arg;
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n <= 0 && SSL_get_error(c->ssl, n) != SSL_ERROR_WANT_READ && SSL_get_error(c->ssl, n) != SSL_ERROR_WANT_WRITE)
		return NULL;
	return c;
}

static int stored_read(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int start(struct conn *c, pthread_t *t)
{
	void *(*run)(void *) = worker;
	int (*rd)(struct conn *) = stored_read;
	c->opaque_cb = (void *)stored_read;
	ERR_clear_error();
	run(c);
	ERR_clear_error();
	rd(c);
	return pthread_create(t, NULL, worker, c);
}
