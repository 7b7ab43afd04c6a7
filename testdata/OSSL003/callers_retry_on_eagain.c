/*
 * A write wrapper that loops on SSL_ERROR_WANT_WRITE only and returns the
 * failed result as it is (LibVNCServer's rfbssl_write()), whose every caller
 * takes it as write() gives its own: -1 with errno EAGAIN is waited for and
 * tried again (rfbWriteExact()). Over a socket BIO either want leaves the
 * socket's EAGAIN in errno, so a SSL_ERROR_WANT_READ that the wrapper lets
 * through is retried by the caller: no OSSL003. A caller that does not test
 * errno, or a function whose address is taken (callers the run cannot list),
 * keeps the finding (callers_retry_on_eagain_twin.c).
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
		if (SSL_get_error(ssl, ret) != SSL_ERROR_WANT_WRITE)
			break;
	}
	return ret;
}

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
