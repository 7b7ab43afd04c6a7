/*
 * Caller context through pointers: the protocol handlers' addresses are kept
 * only in the project's own pointers of their type (a table of protocols
 * with positional and designated initializers, a parameter of a dispatcher
 * of the project's), so their callers are the calls through a pointer of
 * that type, and every one of them runs right after ERR_clear_error(). The
 * shape of stunnel's protocol table (src/protocol.c, `.client={.late=
 * capwin_client_late}`, called as `c->opt->protocol_late(c)` in client.c).
 * No finding: before, "its address is taken" made each handler an entry
 * point with an unknown queue (OSSL001 at both reads).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	char buf[512];
};

typedef int (*handler_fn)(struct conn *);

struct protocol {
	const char *name;
	handler_fn late;
};

static int smtp_late(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf);
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static int imap_late(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf);
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static const struct protocol protocols[] = {
	{"smtp", smtp_late},
	{.name = "imap", .late = imap_late},
};

static int run_handler(handler_fn h, struct conn *c)
{
	ERR_clear_error();
	return h(c);
}

int client_late(struct conn *c, int proto)
{
	if (protocols[proto].late == smtp_late)
		return run_handler(smtp_late, c);
	ERR_clear_error();
	return protocols[proto].late(c);
}
