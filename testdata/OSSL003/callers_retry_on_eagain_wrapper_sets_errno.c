/*
 * Twin of callers_retry_on_eagain.c in webfs's shape (ssl.c's ssl_read()):
 * the wrapper sets errno itself, EAGAIN for the one want it tests and EIO
 * for any other failure, so the other want reaches the callers with EIO, not
 * with the socket's EAGAIN: their EAGAIN test never sees it, and the
 * connection is dropped. "Callers retry on EAGAIN" does not apply to a
 * wrapper that stores errno: OSSL003.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/select.h>

int tls_read(SSL *ssl, char *buf, int len)
{
	int rc;

	ERR_clear_error();
	rc = SSL_read(ssl, buf, len);
	if (rc < 0 && SSL_get_error(ssl, rc) == SSL_ERROR_WANT_READ) { // expect: OSSL003
		errno = EAGAIN;
		return -1;
	}
	if (rc < 0) {
		errno = EIO;
		return -1;
	}
	return rc;
}

int read_exact(SSL *ssl, int fd, char *buf, int len)
{
	while (len > 0) {
		int n = tls_read(ssl, buf, len);
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
			select(fd + 1, &fds, NULL, NULL, NULL);
		}
	}
	return 1;
}
