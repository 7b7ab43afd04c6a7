/*
 * The twin of pointer_type_event_loop_ops_clean.c: the loop's operations
 * come from elsewhere (`default_loop_ops`, defined by code the run does not
 * see); no function of the run has the type of `add`, so the read callback
 * given to `l->ops->add(...)` reaches unknown code, which may call it with
 * any queue: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct loop;
typedef void (*event_fn)(struct loop *, int);
struct loop_ops {
	int (*add)(struct loop *, int, event_fn);
};
struct loop {
	const struct loop_ops *ops;
	SSL *ssl[8];
	char buf[512];
};
extern const struct loop_ops default_loop_ops;

static void on_readable(struct loop *l, int fd)
{
	SSL *s = l->ssl[fd & 7];
	int n = SSL_read(s, l->buf, sizeof l->buf); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(s, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			l->ssl[fd & 7] = NULL;
	}
}

void poke(struct loop *l, event_fn cb, int fd)
{
	ERR_clear_error();
	cb(l, fd);
}

int watch(struct loop *l, int fd)
{
	event_fn cb = on_readable;
	l->ops = &default_loop_ops;
	return l->ops->add(l, fd, cb);
}
