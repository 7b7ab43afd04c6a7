/*
 * A function whose address reaches code the run does not see: kept in the
 * project's own table of callbacks, and the table is given to
 * register_handlers(), a project function that this run does not define
 * (another library of the project): it may call every callback of the table.
 * The one call through a pointer in the run comes right after
 * ERR_clear_error(), but other callers are not known: OSSL001. (Review of
 * 74afe9c: only a pointer of the function's own type given to such a callee
 * counted, not a record holding one.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
struct conn { SSL *ssl; char buf[512]; };
struct handlers {
	int flags;
	struct { int (*on_read)(struct conn *); } io;
};
int register_handlers(const struct handlers *h);
static int do_read(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
static const struct handlers hs = {.flags = 1, .io = {.on_read = do_read}};
int setup(struct conn *c)
{
	if (register_handlers(&hs))
		return -1;
	ERR_clear_error();
	return hs.io.on_read(c);
}
