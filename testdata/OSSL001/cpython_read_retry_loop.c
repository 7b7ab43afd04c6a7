/*
 * Shape: CPython Modules/_ssl.c (main, 3.13/3.14 era): _PySSL_errno() and
 * _ssl__SSLSocket_read_impl(). Renamed and stripped; not the real code.
 *
 * Bug (CPython issue #148594): the do/while retry loop calls SSL_read_ex()
 * and classifies it through the same-file wrapper py_ssl_errno(), which
 * passes its third parameter to SSL_get_error(); there is no ERR_clear_error()
 * anywhere. Function entry, BIO_set_nbio() (a BIO_ctrl macro: pushes) and
 * the previous iteration's SSL_read_ex() may all leave errors.
 *
 * Expected: OSSL001 on SSL_read_ex. No OSSL003: err.ssl is compared with both
 * SSL_ERROR_WANT_READ and SSL_ERROR_WANT_WRITE. SSL_get_shutdown() is pure and
 * runs after the classification anyway.
 */
#include <errno.h>
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef struct { int ssl; int c; } py_ssl_error;
struct py_sock { SSL *ssl; int fd; double timeout; py_ssl_error err; };

enum { SOCK_OK, SOCK_NONBLOCKING, SOCK_TIMED_OUT };
int py_select(struct py_sock *s, int writing);
void *py_release_gil(void);
void py_acquire_gil(void *save);

static py_ssl_error py_ssl_errno(int failed, const SSL *ssl, int retcode)
{
	py_ssl_error err = { 0, 0 };

	if (failed) {
		err.c = errno;
		err.ssl = SSL_get_error(ssl, retcode);
	}
	return err;
}

long py_sslsocket_read(struct py_sock *self, char *mem, size_t len)
{
	size_t count = 0;
	int retval, sockstate;
	py_ssl_error err;
	void *save;

	BIO_set_nbio(SSL_get_rbio(self->ssl), self->timeout >= 0);
	do {
		save = py_release_gil();
		retval = SSL_read_ex(self->ssl, mem, len, &count); // expect: OSSL001
		err = py_ssl_errno(retval == 0, self->ssl, retval);
		py_acquire_gil(save);
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
		if (sockstate == SOCK_TIMED_OUT)
			return -1;
		if (sockstate == SOCK_NONBLOCKING)
			break;
	} while (err.ssl == SSL_ERROR_WANT_READ ||
		 err.ssl == SSL_ERROR_WANT_WRITE);
	return retval == 0 ? -1 : (long)count;
}
