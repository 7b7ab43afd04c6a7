/* Good: curl ossl_recv() shape: SSL_ERROR_ZERO_RETURN is its own case,
 * SSL_ERROR_SYSCALL goes to the error path, which may look at errno. */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int recv_step(SSL *ssl, char *buf, int len, int *closed)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	switch (err) {
	case SSL_ERROR_NONE:
		return 0;
	case SSL_ERROR_ZERO_RETURN:
		*closed = 1;
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		return errno ? -errno : -1;
	default:
		return -1;
	}
}
