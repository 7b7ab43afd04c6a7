/*
 * The project's TLS helpers, in the shape of libwebsockets' lib/tls/openssl/
 * (lws_ssl_get_error, lws_tls_err_describe) and nginx's ngx_ssl_clear_error:
 * wrappers defined in one file and used from another (reader.c). The files
 * of this directory are analyzed in one run, so the summaries cross files.
 * Written for ossl-lint.
 */
#include <openssl/err.h>
#include "conn.h"

void tls_clear(void)
{
	ERR_clear_error();
}

void tls_describe(const char *what)
{
	unsigned long e;

	while ((e = ERR_get_error()) != 0)
		log_line(what, ERR_reason_error_string(e));
}

int tls_classify(struct conn *c, int ret)
{
	return SSL_get_error(c->ssl, ret);
}

int tls_read(struct conn *c, void *buf, int len)
{
	return SSL_read(c->ssl, buf, len);
}

/* Mutually recursive; every path ends in a clear. */
void tls_reset_b(struct conn *c, int depth)
{
	if (depth > 0)
		tls_reset_a(c, depth - 1);
	else
		ERR_clear_error();
}

void tls_reset_a(struct conn *c, int depth)
{
	tls_reset_b(c, depth);
}

/* Also defined in backend_other.c, where it does not clear. */
void backend_flush_errors(void)
{
	ERR_clear_error();
}

/* Both also defined in backend_other.c: a classifier, and nginx's
 * ngx_ssl_handle_recv shape (R_OK only where n > 0). */
int tls_get_error(struct conn *c, int ret)
{
	return SSL_get_error(c->ssl, ret);
}

int tls_handle_recv(struct conn *c, int n)
{
	int e;

	if (n > 0)
		return R_OK;
	e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? R_AGAIN : R_ERROR;
}

/* A static helper; backend_other.c has its own of the same name. */
static void local_reset(void)
{
	ERR_clear_error();
}

int read_after_local_reset(struct conn *c, void *buf, int len)
{
	int n;

	local_reset();
	n = SSL_read(c->ssl, buf, len);
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}
