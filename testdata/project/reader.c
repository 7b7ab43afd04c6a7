/*
 * Callers of the wrappers of tls_helpers.c (another file of the same run).
 * Written for ossl-lint.
 *
 * tls_clear() clears, tls_describe() empties the queue, tls_classify()
 * classifies its second argument, tls_read() returns SSL_read()'s result,
 * tls_reset_a() clears through mutual recursion, and backend_flush_errors()
 * has two definitions of which one does not clear; tls_get_error() has two, of
 * which one classifies; tls_handle_recv() two, both R_OK only where n > 0.
 * conn.h's static inline tls_clear_inline() clears, tls_errno_inline() classifies.
 */
#define TLS_CLEARS 1
#include "conn.h"

int read_cleared(struct conn *c, void *buf, int len)
{
	int n;

	tls_clear();
	n = tls_read(c, buf, len);
	return n > 0 ? n : tls_classify(c, n);
}

int read_stale(struct conn *c, void *buf, int len)
{
	int n = tls_read(c, buf, len); // expect: OSSL001
	return n > 0 ? n : tls_classify(c, n);
}

int read_described_first(struct conn *c, void *buf, int len)
{
	int n;

	tls_clear();
	n = tls_read(c, buf, len);
	if (n <= 0) {
		tls_describe("read"); // expect: OSSL004
		return tls_classify(c, n);
	}
	return n;
}

int read_after_recursive_reset(struct conn *c, void *buf, int len)
{
	int n;

	tls_reset_a(c, c->depth);
	n = SSL_read(c->ssl, buf, len);
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}

int read_after_either_flush(struct conn *c, void *buf, int len)
{
	int n;

	backend_flush_errors();
	n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}

int read_classified_by_either(struct conn *c, void *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : tls_get_error(c, n);
}

int read_loop_on_ok(struct conn *c, unsigned char *buf, int len)
{
	int n, total = 0;

	tls_clear();
	for (;;) {
		n = SSL_read(c->ssl, buf + total, len - total);
		c->depth = tls_handle_recv(c, n);
		if (c->depth != R_OK)
			return total ? total : -1;
		total += n;
		if (total == len)
			return total;
	}
}

/* Through the header's static inline helpers. */
int read_inline_cleared(struct conn *c, void *buf, int len)
{
	int n;

	tls_clear_inline();
	n = SSL_read(c->ssl, buf, len);
	return n > 0 ? n : tls_errno_inline(c, n);
}

int read_inline_stale(struct conn *c, void *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : tls_errno_inline(c, n);
}

int read_maybe_cleared(struct conn *c, void *buf, int len)
{
	int n;

	tls_maybe_clear(); /* clears: this file defines TLS_CLEARS */
	n = SSL_read(c->ssl, buf, len);
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}
