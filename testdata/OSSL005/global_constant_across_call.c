/*
 * Found by review: a global given a constant, then a call of a function
 * the run does not define, which may change it, then a test of it. The
 * global must not be taken to keep its constant across the call, or the
 * way through `state == 1` (a 0 taken as the end of the data without
 * asking SSL_get_error()) would be left out.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int state;
void mark(void);

int rd(SSL *s, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, buf, len); // expect: OSSL005
	if (n == 0) {
		state = 0;
		mark();
		if (state == 1)
			return 0;
		return SSL_get_error(s, n);
	}
	return n;
}
