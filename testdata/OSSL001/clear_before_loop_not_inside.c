/*
 * Shape: a blocking-style "write all" loop over a non-blocking socket (the
 * pattern of curl's ossl_shutdown first read loop and nginx's loops, but with
 * a retry on want and on an interrupted system call): ERR_clear_error() once,
 * before the for(;;).
 *
 * A retry after SSL_ERROR_WANT_* alone would be fine: SSL_get_error() says
 * WANT_* only when the queue is empty. The retry after SSL_ERROR_SYSCALL with
 * EINTR is not, in a run that also uses a connect BIO (attach_connect_bio
 * below): SYSCALL may then come from an error on the queue (ERR_LIB_SYS), and
 * the next SSL_get_error() sees it again: the clear must be inside the loop.
 * (want_retry_keeps_clear_before_loop.c is the correct twin.)
 *
 * Expected: OSSL001 on SSL_write. Both wants: no OSSL003. poll_fd() is an
 * unknown external function: neutral.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int poll_fd(int fd, int for_write, int timeout_ms);

int write_all(SSL *ssl, int fd, const char *buf, int len)
{
	int off = 0, n, err;

	ERR_clear_error();
	for (;;) {
		n = SSL_write(ssl, buf + off, len - off); // expect: OSSL001
		if (n > 0) {
			off += n;
			if (off == len)
				return off;
			continue;
		}
		err = SSL_get_error(ssl, n);
		if (err == SSL_ERROR_WANT_WRITE) {
			if (poll_fd(fd, 1, 1000) <= 0)
				return -1;
			continue;
		}
		if (err == SSL_ERROR_WANT_READ) {
			if (poll_fd(fd, 0, 1000) <= 0)
				return -1;
			continue;
		}
		if (err == SSL_ERROR_SYSCALL && errno == EINTR)
			continue;
		return -1;
	}
}

/* The transport is a connect BIO, whose failed I/O puts an ERR_LIB_SYS error
 * on the queue (OpenSSL's bss_conn.c): SSL_ERROR_SYSCALL may come with an
 * error there. (With only socket BIOs, SYSCALL means an empty queue:
 * syscall_retry_over_socket.c.) */
int attach_connect_bio(SSL *ssl, const char *host_port)
{
	BIO *b = BIO_new_connect(host_port);

	if (b == NULL)
		return -1;
	SSL_set_bio(ssl, b, b);
	return 0;
}
