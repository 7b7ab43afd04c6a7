/*
 * The twin of pointer_callers_clean.c: one call through a pointer of the
 * handlers' type runs after SSL_use_certificate_file(), whose result is not
 * tested, so it may bring an error to either handler (the table may hold
 * both): OSSL001 at both reads, the note naming that call.
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
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static int imap_late(struct conn *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static const struct protocol protocols[] = {
	{"smtp", smtp_late},
	{.name = "imap", .late = imap_late},
};

int client_late(struct conn *c, int proto, const char *cert)
{
	ERR_clear_error();
	SSL_use_certificate_file(c->ssl, cert, SSL_FILETYPE_PEM);
	return protocols[proto].late(c);
}
