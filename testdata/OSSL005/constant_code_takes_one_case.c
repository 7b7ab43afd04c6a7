/*
 * The code a read's outcome is kept in is given a constant on one way (the
 * shape of a SIP server's TLS read: a read during a renegotiation the server
 * refuses is turned into a forced close, `err = SSL_ERROR_ZERO_RETURN`), and
 * its address is handed to a helper before (`handshake(ssl, &err)`). On that
 * way `switch (err)` can only take `case SSL_ERROR_ZERO_RETURN`, never the
 * `case SSL_ERROR_SYSCALL` whose `n == 0` test the 0 would otherwise reach
 * unclassified: no finding (the checker follows the constants of such
 * variables along each way; a call given `&err` forgets it).
 * Twins that keep OSSL005: the address also kept in a pointer
 * (pointer_kept_twin: any store may then change err), a call given `&err`
 * after the constant (helper_after_constant_twin), and a constant that does
 * take the SYSCALL case (syscall_constant_twin).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int handshake(SSL *ssl, int *err);

int conn_read(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n, err = SSL_ERROR_NONE;

	if (handshake(ssl, &err) < 0)
		return -1;
	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (reneg)
		err = SSL_ERROR_ZERO_RETURN; /* refused renegotiation: close */
	else if (n <= 0)
		err = SSL_get_error(ssl, n);
	else
		err = SSL_ERROR_NONE;
	switch (err) {
	case SSL_ERROR_NONE:
		return n;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		if (n == 0)
			*eof = 1; /* not a close_notify: told apart */
		return -1;
	default:
		return -1;
	}
}

int pointer_kept_twin(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n, err = SSL_ERROR_NONE, *perr = &err;

	if (handshake(ssl, perr) < 0)
		return -1;
	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (reneg)
		err = SSL_ERROR_ZERO_RETURN;
	else if (n <= 0)
		err = SSL_get_error(ssl, n);
	else
		err = SSL_ERROR_NONE;
	*perr |= 0;
	switch (err) {
	case SSL_ERROR_NONE:
		return n;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		if (n == 0)
			*eof = 1; /* not a close_notify: told apart */
		return -1;
	default:
		return -1;
	}
}

int helper_after_constant_twin(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n, err = SSL_ERROR_NONE;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (reneg) {
		err = SSL_ERROR_ZERO_RETURN;
		if (handshake(ssl, &err) < 0)
			return -1;
	} else if (n <= 0) {
		err = SSL_get_error(ssl, n);
	} else {
		err = SSL_ERROR_NONE;
	}
	switch (err) {
	case SSL_ERROR_NONE:
		return n;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		if (n == 0)
			*eof = 1; /* not a close_notify: told apart */
		return -1;
	default:
		return -1;
	}
}

int syscall_constant_twin(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n, err = SSL_ERROR_NONE;

	if (handshake(ssl, &err) < 0)
		return -1;
	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (reneg)
		err = SSL_ERROR_SYSCALL;
	else if (n <= 0)
		err = SSL_get_error(ssl, n);
	else
		err = SSL_ERROR_NONE;
	switch (err) {
	case SSL_ERROR_NONE:
		return n;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		if (n == 0)
			*eof = 1; /* not a close_notify: told apart */
		return -1;
	default:
		return -1;
	}
}
