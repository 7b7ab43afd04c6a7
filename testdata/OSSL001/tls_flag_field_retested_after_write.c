/*
 * One write loop for TLS and plain sockets (ettercap's sslw_write_data(),
 * shaped): a flag field says which, tested before the write and again
 * before the classification, with only the OpenSSL call between. A failed
 * SSL_write() therefore always reaches SSL_get_error(), and the loop goes
 * round after a TLS write only on SSL_ERROR_WANT_* (an empty queue) or a
 * partial success; the caller clears first. The checker takes a field as
 * changed by any call, so it lets the flag read clear after the TLS write:
 * a known false positive.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

#define CONN_TLS 1

struct conn {
	SSL *ssl;
	int fd;
	int flags;
};

static int write_all(struct conn *c, const char *p, int len)
{
	int n, again;

	if (len == 0)
		return 0;
	do {
		again = 0;
		if (c->flags & CONN_TLS)
			n = SSL_write(c->ssl, p, len); // expect-fp: OSSL001
		else
			n = (int)write(c->fd, p, (size_t)len);
		if (n <= 0 && (c->flags & CONN_TLS)) {
			int e = SSL_get_error(c->ssl, n);
			if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
				again = 1;
			else
				return -1;
		}
		if (n < 0 && !(c->flags & CONN_TLS)) {
			if (errno == EINTR || errno == EAGAIN)
				again = 1;
			else
				return -1;
		}
		if (n > 0 && n < len) {
			len -= n;
			p += n;
			again = 1;
		}
	} while (again);
	return 0;
}

int conn_send(struct conn *c, const char *p, int len)
{
	ERR_clear_error();
	return write_all(c, p, len);
}
