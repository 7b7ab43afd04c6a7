/*
 * Pointers to the project's read functions that go nowhere a caller could
 * come from: a table cleared with memset() (a library writing into it), a
 * function named only to silence a warning (`(void)do_read;`), a pointer
 * turned into a truth value (`return readers[0];` in a _Bool function) or
 * an integer. Every call through a pointer of the type comes
 * right after ERR_clear_error(): nothing to report. (Review of 74afe9c: a
 * conversion to void, _Bool or an integer, and a library's destination
 * buffer, counted as an escape.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdbool.h>
#include <string.h>

struct conn { SSL *ssl; char buf[512]; };
typedef int (*read_fn)(struct conn *);

static int do_read(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf);
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static read_fn readers[4];

static bool have_reader(void)
{
	return readers[0];
}

static unsigned long reader_bits(void)
{
	return (unsigned long)readers[1];
}

void reset(void)
{
	(void)do_read;
	memset(readers, 0, sizeof readers);
}

int pump(struct conn *c)
{
	if (!have_reader() || !reader_bits())
		readers[0] = do_read;
	ERR_clear_error();
	return readers[0](c);
}
