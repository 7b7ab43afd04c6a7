/*
 * A write loop over an SSL kept in a global, which the failure's way sets
 * to NULL (INN's write_buffer(), nnrpd/nnrpd.c): the next pass tests the
 * global, finds it NULL and writes in plain text, so the failed
 * SSL_write()'s error never reaches the next SSL_write(). `errno = ...` on
 * the way calls the C library's __errno_location(), which cannot change the
 * global. Before, a global was not followed: the loop's next pass was
 * reported with the failure's error as its origin.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

static SSL *tls_conn;

void write_buffer(const char *p, int len)
{
	ERR_clear_error();
	while (len > 0) {
		int n = len > 512 ? 512 : len;
		len -= n;
		if (tls_conn) {
			int r;
		again:
			r = SSL_write(tls_conn, p, n);
			switch (SSL_get_error(tls_conn, r)) {
			case SSL_ERROR_NONE:
				break;
			case SSL_ERROR_WANT_READ:
			case SSL_ERROR_WANT_WRITE:
				goto again;
			default:
				tls_conn = NULL; /* SSL_shutdown() must not be called */
				errno = ECONNRESET;
				break;
			}
		} else {
			while (write(1, p, n) == -1 && errno == EINTR)
				;
		}
		p += n;
	}
}
