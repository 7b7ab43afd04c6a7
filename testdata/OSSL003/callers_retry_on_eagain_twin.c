/*
 * Twin of callers_retry_on_eagain.c: one caller of the wrapper takes any
 * -1 as the end of the connection, without looking at errno, so the
 * SSL_ERROR_WANT_READ the wrapper lets through drops it.
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

int send_greeting(SSL *ssl)
{
	static const char hello[] = "RFB 003.008\n";
	return tls_write(ssl, hello, sizeof hello - 1) == (int)(sizeof hello - 1) ? 0 : -1;
}
