/*
 * An alternative backend compiled into the same database (as libwebsockets
 * builds several TLS backends' files in some configurations): it defines
 * backend_flush_errors() again, without a clear, and its own static
 * local_reset(), which does nothing. Written for ossl-lint.
 *
 * A call to backend_flush_errors() may reach either definition: it counts as
 * a clear only if both clear (reader.c). A call to local_reset() here reaches
 * this file's static one. Its tls_get_error() classifies nothing (a null
 * backend), but the other one does, so a call may classify; its
 * tls_handle_recv() also returns R_OK only where n > 0, so the two tables
 * join into one that still proves success.
 */
#include "conn.h"

void backend_flush_errors(void)
{
	log_line("flush", "nothing to flush");
}

int tls_get_error(struct conn *c, int ret)
{
	(void) c;
	(void) ret;
	return SSL_ERROR_SSL;
}

int tls_handle_recv(struct conn *c, int n)
{
	(void) c;
	if (n > 0)
		return R_OK;
	return R_ERROR;
}

static void local_reset(void)
{
	log_line("reset", "nothing to reset");
}

int read_after_other_local_reset(struct conn *c, void *buf, int len)
{
	int n;

	local_reset();
	n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}

int read_maybe_not_cleared(struct conn *c, void *buf, int len)
{
	int n;

	tls_maybe_clear(); /* does nothing here: no TLS_CLEARS */
	n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}
