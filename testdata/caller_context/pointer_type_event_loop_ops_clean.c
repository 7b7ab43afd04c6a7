/*
 * An event loop's table of operations, all of them the run's own: the
 * read callback is given to `l->ops->add(...)`, a call through a pointer
 * whose every target is a function of the run (loop_add), which keeps it in
 * the loop's own table; the loop calls it right after ERR_clear_error().
 * Nothing to report. (Review of 74afe9c: a pointer given to any call through
 * a pointer counted as reaching code the run does not see.)
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
	event_fn cbs[8];
	SSL *ssl[8];
	char buf[512];
};

static int loop_add(struct loop *l, int fd, event_fn cb)
{
	l->cbs[fd & 7] = cb;
	return 0;
}

static const struct loop_ops poll_ops = {.add = loop_add};

static void on_readable(struct loop *l, int fd)
{
	SSL *s = l->ssl[fd & 7];
	int n = SSL_read(s, l->buf, sizeof l->buf);
	if (n <= 0) {
		int e = SSL_get_error(s, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			l->ssl[fd & 7] = NULL;
	}
}

void loop_once(struct loop *l, int fd)
{
	ERR_clear_error();
	l->cbs[fd & 7](l, fd);
}

int watch(struct loop *l, int fd)
{
	event_fn cb = on_readable;
	l->ops = &poll_ops;
	return l->ops->add(l, fd, on_readable) || l->ops->add(l, fd + 1, cb);
}
