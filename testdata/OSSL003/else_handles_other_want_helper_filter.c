/*
 * The filter done inside a helper (php's xp_ssl.c: php_openssl_handle_ssl_error()
 * and php_openssl_enable_crypto()): the helper classifies the handshake's
 * result and returns non-zero only for SSL_ERROR_WANT_READ and
 * SSL_ERROR_WANT_WRITE; where it did, the caller classifies the same result
 * again, with no call between, and `(err == SSL_ERROR_WANT_READ) ? POLLIN :
 * POLLOUT` handles both wants. Expected: no OSSL003. The twins
 * (else_handles_other_want_helper_filter_twin.c) stay reported. As php does,
 * the run asks OpenSSL to take an EOF without close_notify as a clean close
 * (SSL_OP_IGNORE_UNEXPECTED_EOF), so the helper's ZERO_RETURN is no OSSL005.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>

void wait_fd(int fd, int events);

void tls_setup(SSL_CTX *ctx)
{
	SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
}

/* Non-zero: retry, for the two wants only. */
static int handle_ssl_error(SSL *s, int n, int blocked)
{
	int err = SSL_get_error(s, n);
	int retry = 1;

	switch (err) {
	case SSL_ERROR_ZERO_RETURN:
		retry = 0;
		break;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		retry = blocked;
		break;
	case SSL_ERROR_SYSCALL:
		if (ERR_peek_error() == 0) {
			retry = 0;
			break;
		}
		/* fall through */
	default:
		retry = 0;
	}
	return retry;
}

int enable_crypto(SSL *s, int fd, int blocked)
{
	int n, retry;

	do {
		ERR_clear_error();
		n = SSL_do_handshake(s);
		if (n <= 0) {
			retry = handle_ssl_error(s, n, blocked);
			if (retry) {
				int err = SSL_get_error(s, n);
				wait_fd(fd, err == SSL_ERROR_WANT_READ ? POLLIN | POLLPRI : POLLOUT);
			}
		} else {
			retry = 0;
		}
	} while (retry);
	return n == 1 ? 0 : -1;
}
