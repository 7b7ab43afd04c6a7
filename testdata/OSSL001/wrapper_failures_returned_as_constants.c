/*
 * A read wrapper that returns constants below 1 on every way with an error
 * (`n = -2;` on a timeout, `n = -1;` after a fatal classification) and the
 * count otherwise, and a caller that goes round only after `c < 0` and `c ==
 * 0` were both false: INN's line_doread() and line_read() (nnrpd/line.c).
 * The wrapper pushes only when it returns -1 or -2, and the caller's loop
 * rules both out, so the next read starts from the clear before the loop:
 * no finding. Before, the two constants joined into "any value", so a
 * count could come with the wrapper's error (OSSL001 at the read).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <string.h>

static volatile int timed_out;

static int read_chunk(SSL *s, char *p, int len)
{
	int n, err;

	n = SSL_read(s, p, len);
	if (timed_out) {
		n = -2;
		goto out;
	}
	if (n <= 0) {
		err = SSL_get_error(s, n);
		if (err == SSL_ERROR_SSL || err == SSL_ERROR_SYSCALL)
			n = -1;
		else
			n = 0;
	}
out:
	return n;
}

int read_line(SSL *s, char *buf, int len)
{
	ERR_clear_error();
	for (;;) {
		int c = read_chunk(s, buf, len);
		if (c < 0)
			return -1;
		if (c == 0)
			return 0;
		if (memchr(buf, '\n', (size_t)c))
			return 1;
	}
}
