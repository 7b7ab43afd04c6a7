/*
 * Shape: CPython Modules/_ssl.c (main): _ssl__SSLSocket_write_impl() and
 * _ssl__SSLSocket_do_handshake_impl(). Renamed and stripped.
 *
 * Same bug as the read (issue #148594): SSL_write_ex() and SSL_do_handshake()
 * in do/while retry loops, classified by the same-file wrapper py_ssl_errno(),
 * with no ERR_clear_error(). The handshake passes `ret < 1` as the failed flag.
 * The wrapper is DEFINED AFTER its uses here (only a prototype comes first).
 *
 * Expected: OSSL001 on SSL_write_ex and on SSL_do_handshake. Both wants are
 * compared: no OSSL003. set_error() (peek + clear) runs after the loop.
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

static py_ssl_error py_ssl_errno(int failed, const SSL *ssl, int retcode);

static long set_error(struct py_sock *self)
{
	py_raise(ERR_peek_last_error(), self->err.ssl);
	ERR_clear_error();
	return -1;
}

long py_sslsocket_write(struct py_sock *self, const void *buf, size_t len)
{
	size_t count = 0;
	int retval, sockstate;
	py_ssl_error err;

	do {
		retval = SSL_write_ex(self->ssl, buf, len, &count); // expect: OSSL001
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
	if (retval == 0)
		return set_error(self);
	return (long)count;
}

long py_sslsocket_do_handshake(struct py_sock *self)
{
	int ret, sockstate;
	py_ssl_error err;

	do {
		ret = SSL_do_handshake(self->ssl); // expect: OSSL001
		err = py_ssl_errno(ret < 1, self->ssl, ret);
		self->err = err;
		if (err.ssl == SSL_ERROR_WANT_READ)
			sockstate = py_select(self, 0);
		else if (err.ssl == SSL_ERROR_WANT_WRITE)
			sockstate = py_select(self, 1);
		else
			sockstate = SOCK_OK;
		if (sockstate == SOCK_TIMED_OUT)
			return -1;
	} while (err.ssl == SSL_ERROR_WANT_READ || err.ssl == SSL_ERROR_WANT_WRITE);
	return ret < 1 ? set_error(self) : 0;
}

static py_ssl_error py_ssl_errno(int failed, const SSL *ssl, int retcode)
{
	py_ssl_error err = { 0, 0 };

	if (failed) {
		err.c = errno;
		err.ssl = SSL_get_error(ssl, retcode);
	}
	return err;
}
