/*
 * Shape: the CPython _ssl__SSLSocket_read_impl retry loop as fixed by the
 * proposal in CPython issue #148594: ERR_clear_error() as the first statement
 * of the do/while body, right before SSL_read_ex(). Renamed and stripped.
 *
 * Every path to SSL_read_ex() passes the clear after the previous iteration's
 * io call. Expected: no finding.
 */
#include <errno.h>
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef struct { int ssl; int c; } sock_error;
struct sock { SSL *ssl; sock_error err; };

int wait_ready(struct sock *s, int writing);

static sock_error sock_errno(int failed, const SSL *ssl, int retcode)
{
	sock_error err = { 0, 0 };

	if (failed) {
		err.c = errno;
		err.ssl = SSL_get_error(ssl, retcode);
	}
	return err;
}

long sock_read(struct sock *self, char *mem, size_t len)
{
	size_t count = 0;
	int retval;
	sock_error err;

	BIO_set_nbio(SSL_get_rbio(self->ssl), 1);
	do {
		ERR_clear_error();
		retval = SSL_read_ex(self->ssl, mem, len, &count);
		err = sock_errno(retval == 0, self->ssl, retval);
		self->err = err;
		if (err.ssl == SSL_ERROR_WANT_READ && wait_ready(self, 0) != 0)
			break;
		if (err.ssl == SSL_ERROR_WANT_WRITE && wait_ready(self, 1) != 0)
			break;
	} while (err.ssl == SSL_ERROR_WANT_READ || err.ssl == SSL_ERROR_WANT_WRITE);
	return retval == 0 ? -1 : (long)count;
}
