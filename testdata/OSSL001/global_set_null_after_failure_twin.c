/*
 * Twin of global_set_null_after_failure.c: the failure's way calls a
 * function of the run's before the loop tests the global again, and that
 * function may give the global a new SSL (reconnect()), so the next pass
 * may write over TLS with the failure's error still on the queue.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

static SSL *tls_conn;
static SSL_CTX *tls_ctx;

static void reconnect(int fd)
{
	tls_conn = SSL_new(tls_ctx);
	if (tls_conn)
		SSL_set_fd(tls_conn, fd);
}

void write_buffer(int fd, const char *p, int len)
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
				tls_conn = NULL;
				reconnect(fd);
				break;
			}
		} else {
			while (write(fd, p, n) == -1 && errno == EINTR)
				;
		}
		p += n;
	}
}
