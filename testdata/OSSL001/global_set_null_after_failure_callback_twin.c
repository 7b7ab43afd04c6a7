/*
 * Twin of global_set_null_after_failure.c (found by review): after zeroing
 * the global the failure's way calls a function of the system's headers,
 * bsearch(), given a function pointer held in a local: bsearch() runs it,
 * and that function puts another SSL into the global, so the next pass may
 * write over TLS with the failure's error still on the queue.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdlib.h>
#include <unistd.h>

static SSL *tls_conn;
SSL *spare;

static int reopen(const void *a, const void *b)
{
	(void)a;
	(void)b;
	tls_conn = spare; /* the callback puts another SSL back */
	return 0;
}

void write_buffer(const char *p, int len)
{
	ERR_clear_error();
	while (len > 0) {
		int n = len > 512 ? 512 : len;
		len -= n;
		if (tls_conn) {
			int r;
		again:
			r = SSL_write(tls_conn, p, n); // expect: OSSL001
			switch (SSL_get_error(tls_conn, r)) {
			case SSL_ERROR_NONE:
				break;
			case SSL_ERROR_WANT_READ:
			case SSL_ERROR_WANT_WRITE:
				goto again;
			default:
				tls_conn = NULL; /* SSL_shutdown() must not be called */
				{
					int (*cmp)(const void *, const void *) = reopen;
					int key = 0, one = 0;
					bsearch(&key, &one, 1, sizeof one, cmp); /* runs reopen() */
				}
				break;
			}
		} else {
			while (write(1, p, n) == -1 && errno == EINTR)
				;
		}
		p += n;
	}
}
