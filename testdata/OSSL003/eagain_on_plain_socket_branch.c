/*
 * A function that writes either through TLS or through a plain socket
 * (shaped after unbound's remote control, daemon/remote.c ssl_print_text()
 * and ssl_read_line(), 1.24): errno is compared with EAGAIN only on the plain
 * socket's branch, which the classification never reaches; the TLS branch's
 * classification tests neither want, as blocking code does. The EAGAIN test
 * says nothing of the TLS socket: no OSSL003. Nor in read_line, where a loop
 * leads from the TLS read to the plain branch (ssl_read_line()): the errno
 * tested there is the one its recv() set. The twins, EAGAIN tested after the
 * classification or between the read and it, are errno_eagain_no_want.c and
 * eagain_before_classification.c.
 */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

struct remote {
	SSL *ssl;
	int fd;
};

void log_io_error(const char *what, int code);

int print_text(struct remote *r, const char *text)
{
	size_t len = strlen(text), at = 0;

	if (r->ssl) {
		int n, err;

		ERR_clear_error();
		n = SSL_write(r->ssl, text, (int)len);
		if (n <= 0) {
			err = SSL_get_error(r->ssl, n);
			if (err == SSL_ERROR_ZERO_RETURN)
				return 0;
			log_io_error("SSL_write", err);
			return 0;
		}
		return 1;
	}
	while (at < len) {
		ssize_t n = send(r->fd, text + at, len - at, 0);

		if (n == -1) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return 0;
		}
		at += (size_t)n;
	}
	return 1;
}

int read_line(struct remote *r, char *buf, size_t max)
{
	size_t len = 0;

	while (len < max) {
		if (r->ssl) {
			int n, err;

			ERR_clear_error();
			n = SSL_read(r->ssl, buf + len, 1);
			if (n <= 0) {
				err = SSL_get_error(r->ssl, n);
				if (err == SSL_ERROR_ZERO_RETURN) {
					buf[len] = 0;
					return 1;
				}
				log_io_error("SSL_read", err);
				return 0;
			}
		} else {
			for (;;) {
				ssize_t n = recv(r->fd, buf + len, 1, 0);

				if (n <= 0) {
					if (n == 0) {
						buf[len] = 0;
						return 1;
					}
					if (errno == EINTR || errno == EAGAIN)
						continue;
					return 0;
				}
				break;
			}
		}
		if (buf[len] == '\n')
			break;
		len++;
	}
	buf[len] = 0;
	return 1;
}
