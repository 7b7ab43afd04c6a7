/*
 * SSL_get_error() given the result of calls that are not TLS I/O: SSL_set_fd()
 * (a setup call's 0/1) and BIO_read() of a memory BIO. SSL_get_error() only
 * classifies an SSL I/O call's result: for these it answers from whatever
 * state the last I/O call left. Not a specific project.
 * Expected: OSSL006 on both classifications. The twin classifies
 * SSL_connect()'s result and is silent.
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int attach(SSL *ssl, int fd)
{
	int r;

	ERR_clear_error();
	r = SSL_set_fd(ssl, fd);
	if (r != 1) {
		fprintf(stderr, "set_fd: %d\n", SSL_get_error(ssl, r)); // expect: OSSL006
		return -1;
	}
	return 0;
}

int pull_record(SSL *ssl, BIO *net, char *out, int len)
{
	int got, e;

	got = BIO_read(net, out, len);
	if (got > 0)
		return got;
	e = SSL_get_error(ssl, got); // expect: OSSL006
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int attach_twin(SSL *ssl, int fd)
{
	int r;

	if (SSL_set_fd(ssl, fd) != 1)
		return -1;
	ERR_clear_error();
	r = SSL_connect(ssl);
	if (r != 1) {
		fprintf(stderr, "connect: %d\n", SSL_get_error(ssl, r));
		return -1;
	}
	return 0;
}
