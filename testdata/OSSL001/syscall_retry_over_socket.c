/*
 * Shape: stunnel's s_ssl_write() ("simulate a blocking SSL_write"): one clear,
 * then a loop that goes round after SSL_ERROR_NONE (a success), after
 * SSL_ERROR_WANT_WRITE/WANT_READ, and after SSL_ERROR_SYSCALL when errno says
 * to retry. The SSL writes to a socket (SSL_set_fd): OpenSSL 3's socket BIO
 * puts nothing on the queue when its I/O fails, so SSL_get_error() says
 * SYSCALL only with an empty queue, like WANT_*: the clear before the loop
 * covers every pass. No finding. (clear_before_loop_not_inside.c is the twin
 * whose run also has a connect BIO, which puts ERR_LIB_SYS errors there.)
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int ssl_write_all(SSL *ssl, int fd, const char *p, int len)
{
	if (SSL_set_fd(ssl, fd) != 1)
		return -1;
	ERR_clear_error();
	while (len > 0) {
		int num = SSL_write(ssl, p, len);
		int err = SSL_get_error(ssl, num);
		if (err == SSL_ERROR_NONE) {
			p += num;
			len -= num;
		} else if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
			continue;
		} else if (err == SSL_ERROR_SYSCALL && (errno == EINTR || errno == EAGAIN)) {
			continue;
		} else {
			return -1;
		}
	}
	return 0;
}
