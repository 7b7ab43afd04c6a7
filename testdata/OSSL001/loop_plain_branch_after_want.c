/*
 * Shape: a connection read that serves TLS and plain sockets in one retry
 * loop (libfetch's fetch_read(), in apk-tools and xbps): SSL_read() on one
 * branch, read() on the other, and round again only while the result is
 * below 0. SSL_read()'s -1 goes round only after a want, which the queue
 * was empty for; its 0 leaves the loop at `rlen >= 0`, where -1 is OpenSSL's
 * least result over its own BIOs. The plain branch's way round carries the
 * queue the loop came in with, which the clear before it emptied.
 *
 * Expected: nothing in conn_read(). The twin conn_read_plain_pushes() calls
 * something that may push on the plain branch, and the loop takes that round
 * to the SSL_read(): OSSL001. So does conn_read_zero_goes_round(), whose
 * loop goes round on SSL_read()'s 0 too (`rlen > 0` to leave).
 */
#include <errno.h>
#include <unistd.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

struct conn {
	SSL *ssl;
	int sd;
	int events;
};

int restart_calls;

long conn_read(struct conn *conn, char *buf, size_t len)
{
	long rlen;

	ERR_clear_error();
	for (;;) {
		if (conn->ssl != NULL) {
			rlen = SSL_read(conn->ssl, buf, (int)len);
			if (rlen == -1) {
				switch (SSL_get_error(conn->ssl, (int)rlen)) {
				case SSL_ERROR_WANT_READ:
					conn->events = 1;
					break;
				case SSL_ERROR_WANT_WRITE:
					conn->events = 4;
					break;
				default:
					errno = EIO;
					return -1;
				}
			} else {
				conn->events = 0;
			}
		} else {
			rlen = read(conn->sd, buf, len);
		}
		if (rlen >= 0)
			break;
		if (errno != EINTR || !restart_calls)
			return -1;
	}
	return rlen;
}

long conn_read_plain_pushes(struct conn *conn, char *buf, size_t len)
{
	long rlen;

	ERR_clear_error();
	for (;;) {
		if (conn->ssl != NULL) {
			rlen = SSL_read(conn->ssl, buf, (int)len); // expect: OSSL001
			if (rlen == -1) {
				switch (SSL_get_error(conn->ssl, (int)rlen)) {
				case SSL_ERROR_WANT_READ:
					conn->events = 1;
					break;
				case SSL_ERROR_WANT_WRITE:
					conn->events = 4;
					break;
				default:
					errno = EIO;
					return -1;
				}
			} else {
				conn->events = 0;
			}
		} else {
			BIO_free(BIO_new(BIO_s_mem()));
			rlen = read(conn->sd, buf, len);
		}
		if (rlen >= 0)
			break;
		if (errno != EINTR || !restart_calls)
			return -1;
	}
	return rlen;
}

long conn_read_zero_goes_round(struct conn *conn, char *buf, size_t len)
{
	long rlen;

	ERR_clear_error();
	for (;;) {
		if (conn->ssl != NULL) {
			rlen = SSL_read(conn->ssl, buf, (int)len); // expect: OSSL001
			if (rlen == -1) {
				switch (SSL_get_error(conn->ssl, (int)rlen)) {
				case SSL_ERROR_WANT_READ:
					conn->events = 1;
					break;
				case SSL_ERROR_WANT_WRITE:
					conn->events = 4;
					break;
				default:
					errno = EIO;
					return -1;
				}
			} else {
				conn->events = 0;
			}
		} else {
			rlen = read(conn->sd, buf, len);
		}
		if (rlen > 0)
			break;
		if (errno != EINTR || !restart_calls)
			return -1;
	}
	return rlen;
}
