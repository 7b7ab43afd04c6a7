/*
 * The twin of wrapper_failures_returned_as_constants.c: the caller goes
 * round after -1 too (only the timeout's -2 ends it), so the next read may
 * see the error the failed one left: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <string.h>

static volatile int timed_out;

static int read_chunk(SSL *s, char *p, int len)
{
	int n, err;

	n = SSL_read(s, p, len); // expect: OSSL001
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
		if (c == -2)
			return -1;
		if (c == 0)
			return 0;
		if (memchr(buf, '\n', (size_t)c))
			return 1;
	}
}
