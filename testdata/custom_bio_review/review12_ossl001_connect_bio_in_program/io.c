/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug: main.c's SSL runs over a connect BIO (BIO_new_connect; bss_conn.c pushes ERR_LIB_SYS errors
 * when the connect fails, so SSL_get_error() may say SSL_ERROR_SYSCALL with an error on the queue). io.c's
 * write_all (library code, reached through the exported table tls_io) clears the queue once before the loop
 * and retries after SSL_ERROR_SYSCALL/EINTR: the next SSL_write runs with the stale error, and its
 * SSL_get_error() says SYSCALL again. Same code as testdata/OSSL001/clear_before_loop_not_inside.c, split
 * over a program and library code. 0d56ad4: OSSL001 at io.c:16. 23517b1: nothing (the library part makes no
 * connect BIO, so its "SSL_ERROR_SYSCALL means an empty queue" fact is true). */
/* Library code: a "write all" loop, exported through a table. ERR_clear_error()
 * only once before the loop: the retry after SSL_ERROR_SYSCALL/EINTR keeps an
 * ERR_LIB_SYS error a connect BIO may have pushed. */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int poll_fd(int fd, int for_write, int timeout_ms);

static int write_all(SSL *ssl, int fd, const char *buf, int len)
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

struct io_ops {
	int (*write_all)(SSL *ssl, int fd, const char *buf, int len);
};
const struct io_ops tls_io = { write_all };
