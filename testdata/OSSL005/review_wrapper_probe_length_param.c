/*
 * FALSE OSSL005: a one-byte SSL_peek() liveness probe made through a wrapper
 * that hands its length parameter on. SSL_peek(s, &c, 1) called directly is
 * exempt (probe_len_arg), and a wrapper whose own peek is SSL_peek(s, &c, 1)
 * is exempt (summary -2), but the probe property is not mapped through the
 * wrapper's parameters the way buf/len are: pk(s, &c, 1) is reported.
 * Expected: clean (same as still_there() in zero_through_read_wrapper.c).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void io_close(SSL *s);

static int pk(SSL *s, void *b, int l) { return SSL_peek(s, b, l); }

int alive_direct(SSL *s) { /* clean, both builds */
	char c;
	ERR_clear_error();
	if (SSL_peek(s, &c, 1) == 0) { io_close(s); return 0; }
	return 1;
}

int alive_wrapped(SSL *s) { /* reported since the wrapper feature: false */
	char c;
	ERR_clear_error();
	int n = pk(s, &c, 1);
	if (n == 0) { io_close(s); return 0; }
	return 1;
}

static int rd_or_peek(SSL *s, void *b, int l, int peek) {
	if (peek) return SSL_peek(s, b, l);
	return SSL_read(s, b, l);
}

int alive_wrapped2(SSL *s, int peek) { /* reported: false (before the fix) */
	(void)peek;
	char c;
	ERR_clear_error();
	int n = rd_or_peek(s, &c, 1, 1);
	if (n == 0) { io_close(s); return 0; }
	return 1;
}
