/*
 * Addresses that leave the project's own pointers of their type: code the
 * run does not see may call the function, with anything on the queue, even
 * though the one call through a pointer of its type in the run comes right
 * after ERR_clear_error(). stored_read() is also stored, cast to `void *`,
 * in a field of another type: OSSL001 at its read, as for any address taken.
 * worker() is also a thread's start routine handed to pthread_create(): that
 * library function runs it on a new thread, whose queue is empty (the model's
 * thread_starts; testdata/caller_context/thread_start_routine_empty_queue.c),
 * so with its one call through a pointer after the clear its read is silent
 * (it was OSSL001 before thread starts were known).
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
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf);
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
