/*
 * A negative constant returned for a read's 0 is not a failure by itself: a
 * getc-style reader returns EOF (-1) for the end of the data. Returning it
 * without asking SSL_get_error() takes a premature close for that end, as
 * any other shape-1 finding does (the exemption of shapes 2 and 3, where the
 * clean close and the errors share their negative return, does not apply: a
 * 0 here is not compared with the errors' outcome). Found by review: an
 * exemption for shape 1 silenced this (reverted).
 */
#include <stdio.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum { TLS_AGAIN = -2, TLS_FAILED = -3 };

int tls_getc(SSL *ssl)
{
	unsigned char c;
	int n, e;

	ERR_clear_error();
	n = SSL_read(ssl, &c, 1); // expect: OSSL005
	if (n == 0)
		return EOF;
	if (n < 0) {
		e = SSL_get_error(ssl, n);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? TLS_AGAIN : TLS_FAILED;
	}
	return c;
}
