/*
 * Shape: nginx ngx_ssl_recv_early() (src/event/ngx_event_openssl.c, 2026
 * snapshot 3f6f782). Written for ossl-lint; not the real code.
 *
 * One clear before the loop; the loop repeats only after
 * SSL_READ_EARLY_DATA_SUCCESS, which leaves no error. On
 * SSL_READ_EARLY_DATA_ERROR the helper classifies 0 and the code switches on
 * its result with no default: every value the helper can return for n <= 0
 * (R_AGAIN, R_ERROR) has a case that returns, so the switch never falls out
 * to the loop's back edge. Correct code: no finding. classify_recv() returns
 * R_OK only where `n > 0`, so for n = 0 it returns R_AGAIN or R_ERROR, both
 * cases of the switch. (ossl-lint, build of commit 4bd90a1, reported OSSL001 on
 * SSL_read_early_data: it took the implicit "no case matched" edge of the
 * switch as a path back to the call. Fixed by return-value summaries;
 * OSSL001/wrapper_retval_switch_misses_a_value.c is the variant that must
 * still be reported.)
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };

static int classify_recv(SSL *ssl, int n)
{
	int e;

	if (n > 0)
		return R_OK;
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return R_AGAIN;
	return R_ERROR;
}

long recv_early(SSL *ssl, unsigned char *buf, size_t size)
{
	size_t got, total = 0;
	int n, last;

	ERR_clear_error();
	for (;;) {
		got = 0;
		n = SSL_read_early_data(ssl, buf, size, &got);
		if (n == SSL_READ_EARLY_DATA_SUCCESS) {
			(void) classify_recv(ssl, 1);
			total += got;
			buf += got;
			size -= got;
			if (size == 0)
				return (long) total;
			continue;
		}
		if (n == SSL_READ_EARLY_DATA_FINISH)
			return (long) total;
		last = classify_recv(ssl, 0);
		switch (last) {
		case R_AGAIN:
			return -2;
		case R_ERROR:
			return -1;
		}
	}
}
