/*
 * Two reads feed one result test inside a retry loop (the shape of a SIP
 * server's TLS read: a read after the handshake and a read on an established
 * connection, `goto redo` while the buffer has room). Each read's 0 goes to
 * `n <= 0`, whose true edge classifies: SSL_ERROR_ZERO_RETURN is the clean
 * close. The 0 never reaches the `n == 0` test under SSL_ERROR_SYSCALL
 * without the classification; the checker lost that when another way (the
 * other read, `n = 0;` at the loop's top) gave n another value before the
 * test: no finding. zero_taken_twin tests the 0 right after the read, before
 * any classification: OSSL005.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int conn_read(SSL *ssl, int handshaken, char *buf, int len, int *eof)
{
	int n, e, got = 0;

redo:
	n = 0;
	ERR_clear_error();
	if (handshaken)
		n = SSL_read(ssl, buf + got, len - got);
	else
		n = SSL_peek(ssl, buf + got, len - got);
	if (n <= 0) {
		e = SSL_get_error(ssl, n);
	} else {
		e = SSL_ERROR_NONE;
		got += n;
	}
	switch (e) {
	case SSL_ERROR_NONE:
		if (got < len)
			goto redo;
		return got;
	case SSL_ERROR_ZERO_RETURN:
		*eof = 1;
		return got;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return got;
	case SSL_ERROR_SYSCALL:
		if (n == 0) {
			*eof = 2;
			return 0;
		}
		return -1;
	default:
		return -1;
	}
}

int zero_taken_twin(SSL *ssl, int handshaken, char *buf, int len, int *eof)
{
	int n, e, got = 0;

redo:
	n = 0;
	ERR_clear_error();
	if (handshaken)
		n = SSL_read(ssl, buf + got, len - got); // expect: OSSL005
	else
		n = SSL_peek(ssl, buf + got, len - got); // expect: OSSL005
	if (n == 0) {
		*eof = 1;
		return 0;
	}
	if (n < 0) {
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return got;
		return -1;
	}
	got += n;
	if (got < len)
		goto redo;
	return got;
}
