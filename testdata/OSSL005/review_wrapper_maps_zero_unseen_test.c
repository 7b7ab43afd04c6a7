/*
 * FALSE OSSL005 at the caller: the wrapper never returns 0 (it maps 0 to -1),
 * but its test of the read's 0 is not a branch on n itself - a flag holding
 * `n == 0`, a copy of n, or a predicate helper - so result_returned_untested()
 * walks past it to `return n;` and the summary says returns_zero_ambiguous.
 * The caller's `n == 0` branch is dead. (Written as `if (n == 0) return -1;`
 * the wrapper is not counted and OSSL005 is reported in the wrapper itself,
 * where the unclassified mapping is.) Expected: no finding in the callers.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void io_close(SSL *s);
void deliver(const char *p, int n);

static int rd_flag(SSL *s, void *b, int l) {
	int n = SSL_read(s, b, l);
	int closed = (n == 0);
	if (closed) return -1;
	return n;
}

static int rd_copy(SSL *s, void *b, int l) {
	int n = SSL_read(s, b, l);
	long r = n;
	if (r == 0) return -1;
	return n;
}

static int is_eof(int n) { return n == 0; }
static int rd_pred(SSL *s, void *b, int l) {
	int n = SSL_read(s, b, l);
	if (is_eof(n)) return -1;
	return n;
}

void c_flag(SSL *s, char *b) {
	ERR_clear_error();
	int n = rd_flag(s, b, 100); /* reported: false, n is never 0 */
	if (n == 0) { io_close(s); return; }
	if (n > 0) deliver(b, n);
}

void c_copy(SSL *s, char *b) {
	ERR_clear_error();
	int n = rd_copy(s, b, 100); /* reported: false */
	if (n == 0) { io_close(s); return; }
	if (n > 0) deliver(b, n);
}

void c_pred(SSL *s, char *b) {
	ERR_clear_error();
	int n = rd_pred(s, b, 100); /* reported: false */
	if (n == 0) { io_close(s); return; }
	if (n > 0) deliver(b, n);
}
