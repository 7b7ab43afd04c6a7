/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: a variable of the pointer type, cast to `void *` and returned to code the run does not see.
 * The one call through a pointer in the run comes right after
 * ERR_clear_error(), but other callers are not known: OSSL001, as for any
 * address taken. (Review of the callers through pointers: silent when only
 * the first store of the address was followed.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
struct conn { SSL *ssl; char buf[512]; };
typedef int (*rd_fn)(struct conn *);
typedef void (*other_fn)(void);
static int do_read(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
static rd_fn keep = do_read;
void *opaque(void)
{
	void *p = (void *)keep;
	return p;
}
int direct(struct conn *c)
{
	ERR_clear_error();
	return keep(c);
}
