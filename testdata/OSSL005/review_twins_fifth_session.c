/*
 * Twins from the reviews of the fifth session's OSSL005 changes: each is a
 * real "0 taken as the end of the data" that a first version of a change
 * silenced, and must stay reported.
 * - len_gt1_twin: `len > 1` does not prove the read asked for no bytes (only
 *   `len == 0`, `!len`, `case 0:` do).
 * - normalized_zero_twin: `if (n <= 0) n = 0;` gives n the 0 followed again.
 * - struct_field_twin: a constant given to one field is not the struct's
 *   other field's (fields are not followed).
 * - narrow_char_twin: `signed char code = 0x80` holds -128, not 128 (only
 *   ints, enums and pointers hold a constant as written).
 * - kept_address_twin: a helper keeps `&err` and a later call writes through
 *   it (a call outside the run given `&err` makes every later call forget it).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct res { int err; int retries; };
void watch_error(int *code);
void poll_errors(SSL *ssl);

#define ST_CLOSED 0x80

int len_gt1_twin(SSL *ssl, void *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (n == 0 && len > 1)
		return 0;
	if (n < 0) {
		int e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return -2;
	}
	if (n <= 0)
		return -1;
	return n;
}

int normalized_zero_twin(SSL *ssl, char *buf, int len, int *eof)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (n <= 0)
		n = 0;
	if (n == 0) {
		*eof = 1;
		return 0;
	}
	return n;
}

int struct_field_twin(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n;
	struct res r;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (reneg)
		r.err = SSL_ERROR_SYSCALL;
	else if (n <= 0)
		r.err = SSL_get_error(ssl, n);
	else
		r.err = SSL_ERROR_NONE;
	r.retries = 0;
	switch (r.err) {
	case SSL_ERROR_NONE:
		return n;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_SYSCALL:
		if (n == 0)
			*eof = 1;
		return -1;
	default:
		return -1;
	}
}

int narrow_char_twin(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n;
	signed char code;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (reneg)
		code = ST_CLOSED; /* -128 once stored */
	else
		code = 1;
	if (code == -128) {
		if (n == 0)
			*eof = 1;
		return -1;
	}
	return n;
}

int kept_address_twin(SSL *ssl, int reneg, char *buf, int len, int *eof)
{
	int n, err = SSL_ERROR_NONE;

	watch_error(&err);
	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (reneg)
		err = SSL_ERROR_ZERO_RETURN;
	else if (n <= 0)
		err = SSL_get_error(ssl, n);
	else
		err = SSL_ERROR_NONE;
	poll_errors(ssl);
	switch (err) {
	case SSL_ERROR_NONE:
		return n;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_SYSCALL:
		if (n == 0)
			*eof = 1;
		return -1;
	default:
		return -1;
	}
}
