/*
 * Shape: CPython Modules/_ssl.c _ssl__SSLSocket_read_impl() and
 * _ssl__SSLSocket_write_impl() with the fix proposed in CPython issue
 * #148594: ERR_clear_error() as the first statement of each do/while
 * iteration, right before SSL_read_ex()/SSL_write_ex(). py_ssl_errno() is the
 * _PySSL_errno() shape (struct result; its third parameter goes to
 * SSL_get_error). PySSL_SetError() shape: peek (pure) and clear after the loop.
 * Renamed and stripped. Expected: no finding.
 */
#include <errno.h>
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef struct { int ssl; int c; } py_ssl_error;
struct py_sock { SSL *ssl; double timeout; py_ssl_error err; };

enum { SOCK_OK, SOCK_NONBLOCKING, SOCK_TIMED_OUT };
int py_select(struct py_sock *s, int writing);
void py_raise(unsigned long code, int ssl_err);

static py_ssl_error py_ssl_errno(int failed, const SSL *ssl, int retcode)
{
	py_ssl_error err = { 0, 0 };

	if (failed) {
		err.c = errno;
		err.ssl = SSL_get_error(ssl, retcode);
	}
	return err;
}

static long set_error(struct py_sock *self)
{
	py_raise(ERR_peek_last_error(), self->err.ssl);
	ERR_clear_error();
	return -1;
}

long py_read(struct py_sock *self, char *mem, size_t len)
{
	size_t count = 0;
	int retval, sockstate;
	py_ssl_error err;

	BIO_set_nbio(SSL_get_rbio(self->ssl), self->timeout >= 0);
	do {
		ERR_clear_error();
		retval = SSL_read_ex(self->ssl, mem, len, &count);
		err = py_ssl_errno(retval == 0, self->ssl, retval);
		self->err = err;
		if (err.ssl == SSL_ERROR_WANT_READ)
			sockstate = py_select(self, 0);
		else if (err.ssl == SSL_ERROR_WANT_WRITE)
			sockstate = py_select(self, 1);
		else if (err.ssl == SSL_ERROR_ZERO_RETURN &&
			 SSL_get_shutdown(self->ssl) == SSL_RECEIVED_SHUTDOWN)
			return 0;
		else
			sockstate = SOCK_OK;
		if (sockstate == SOCK_TIMED_OUT || sockstate == SOCK_NONBLOCKING)
			break;
	} while (err.ssl == SSL_ERROR_WANT_READ || err.ssl == SSL_ERROR_WANT_WRITE);
	return retval == 0 ? set_error(self) : (long)count;
}

long py_write(struct py_sock *self, const void *buf, size_t len)
{
	size_t count = 0;
	int retval, sockstate;
	py_ssl_error err;

	do {
		ERR_clear_error();
		retval = SSL_write_ex(self->ssl, buf, len, &count);
		err = py_ssl_errno(retval == 0, self->ssl, retval);
		self->err = err;
		if (err.ssl == SSL_ERROR_WANT_READ)
			sockstate = py_select(self, 0);
		else if (err.ssl == SSL_ERROR_WANT_WRITE)
			sockstate = py_select(self, 1);
		else
			sockstate = SOCK_OK;
		if (sockstate == SOCK_NONBLOCKING)
			break;
	} while (err.ssl == SSL_ERROR_WANT_READ || err.ssl == SSL_ERROR_WANT_WRITE);
	return retval == 0 ? set_error(self) : (long)count;
}
