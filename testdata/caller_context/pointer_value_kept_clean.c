/*
 * Pointers that stay in the project's own code: a parameter forwarded to a
 * project function that calls it, a field of the project's own table, an
 * element of its own array, a value a project function returns, a cast to
 * the same type, a test against NULL, a comparison. Every call through a
 * pointer of each type comes right after ERR_clear_error(), and no pointer
 * of these types reaches a library or another type: nothing to report.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stddef.h>

struct conn {
	SSL *ssl;
	char buf[512];
};

typedef int (*read_fn)(struct conn *);
typedef int (*write_fn)(struct conn *, const char *, int);

struct ops {
	read_fn rd;
	write_fn wr;
};

static int do_read(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf);
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static int do_write(struct conn *c, const char *p, int len)
{
	int n = SSL_write(c->ssl, p, len);
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static const struct ops table = {.rd = do_read, .wr = do_write};
static write_fn writers[] = {do_write};

static read_fn pick_reader(void)
{
	return (read_fn)do_read;
}

static int run_reader(read_fn fn, struct conn *c)
{
	if (!fn || fn == NULL)
		return -1;
	ERR_clear_error();
	return fn(c);
}

int pump(struct conn *c, int which)
{
	read_fn rd = pick_reader();
	if (rd != table.rd)
		return -1;
	if (run_reader(rd, c) < 0 || run_reader(table.rd, c) < 0)
		return -1;
	ERR_clear_error();
	if (table.wr(c, "x", 1) < 0)
		return -1;
	ERR_clear_error();
	return writers[which](c, "y", 1);
}
