/*
 * Twin of callers_retry_on_eagain.c: the wrapper's address is also kept in
 * a table of write functions, so callers the run cannot list may take its
 * -1 without looking at errno: the finding stays.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/select.h>

int tls_write(SSL *ssl, const char *buf, int len)
{
	int ret;
	ERR_clear_error();
	while ((ret = SSL_write(ssl, buf, len)) <= 0) {
		if (SSL_get_error(ssl, ret) != SSL_ERROR_WANT_WRITE) // expect: OSSL003
			break;
	}
	return ret;
}

int (*const writers[])(SSL *, const char *, int) = {tls_write};

int write_exact(SSL *ssl, int fd, const char *buf, int len)
{
	while (len > 0) {
		int n = tls_write(ssl, buf, len);
		if (n > 0) {
			buf += n;
			len -= n;
		} else if (n == 0) {
			return 0;
		} else {
			fd_set fds;
			if (errno == EINTR)
				continue;
			if (errno != EWOULDBLOCK && errno != EAGAIN)
				return n;
			FD_ZERO(&fds);
			FD_SET(fd, &fds);
			select(fd + 1, NULL, &fds, NULL, NULL);
		}
	}
	return 1;
}
