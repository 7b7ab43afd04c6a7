/*
 * A call between the I/O call and SSL_get_error() that pushes only when it
 * fails, checked for success on the way to the classification: where it
 * succeeded it pushed nothing, so SSL_get_error() still reads what the I/O
 * call left (the shape of a server that switches the SSL's fd or context
 * after a handshake step and gives up when that fails, before classifying).
 *
 * Expected: no finding in accept_step; accept_step_twin ignores the setter's
 * result, so its error may be what SSL_get_error() reads: OSSL002.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int again(int e)
{
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

int accept_step(SSL *ssl, int fd)
{
	int r;

	ERR_clear_error();
	r = SSL_accept(ssl);
	if (SSL_set_fd(ssl, fd) != 1)
		return -1;
	if (r == 1)
		return 1;
	return again(SSL_get_error(ssl, r)) ? 0 : -1;
}

int accept_step_twin(SSL *ssl, int fd)
{
	int r;

	ERR_clear_error();
	r = SSL_accept(ssl);
	SSL_set_fd(ssl, fd); // expect: OSSL002
	if (r == 1)
		return 1;
	return again(SSL_get_error(ssl, r)) ? 0 : -1;
}
