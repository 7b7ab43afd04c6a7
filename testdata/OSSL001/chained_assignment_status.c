/*
 * A failure's status given through a chained assignment, `status =
 * c->last_error = E_FAILED;` (OFTC ircd-hybrid's `length = errno = 0;`):
 * the value of `c->last_error = E_FAILED` is E_FAILED, an int, so status
 * holds the constant on the failure's way, and the loop that goes round only
 * on `status == E_AGAIN` leaves the pushed error behind. Silent. The twin
 * chains through a char, which does not hold the value as it is (an
 * assignment's value is the one its place holds), so status is not known
 * there; here it is 1, E_AGAIN, and the failure's error goes round: OSSL001.
 * So does the twin through a 2-bit field, which holds 1 of the 301 given.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum { E_OK = 0, E_AGAIN = 1, E_FAILED = 300 };

struct conn {
	SSL *ssl;
	int last_error;
	char last_code;
	int small_code : 2;
};

void wait_readable(struct conn *c);

int conn_read(struct conn *c, char *buf, int len)
{
	int n, status;
	ERR_clear_error();
	do {
		n = SSL_read(c->ssl, buf, len);
		if (n > 0)
			return n;
		switch (SSL_get_error(c->ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			status = E_AGAIN;
			wait_readable(c);
			break;
		default:
			status = c->last_error = E_FAILED;
			break;
		}
	} while (status == E_AGAIN);
	return -1;
}

int conn_read_twin(struct conn *c, char *buf, int len)
{
	int n, status;
	ERR_clear_error();
	do {
		n = SSL_read(c->ssl, buf, len); // expect: OSSL001
		if (n > 0)
			return n;
		switch (SSL_get_error(c->ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			status = E_AGAIN;
			wait_readable(c);
			break;
		default:
			status = c->last_code = (char)(E_FAILED - 299);
			break;
		}
	} while (status == E_AGAIN);
	return -1;
}

/* the field holds 301's low bits (1), which is the point: GCC warns */
#pragma GCC diagnostic ignored "-Woverflow"
int conn_read_bit_field_twin(struct conn *c, char *buf, int len)
{
	int n, status;
	ERR_clear_error();
	do {
		n = SSL_read(c->ssl, buf, len); // expect: OSSL001
		if (n > 0)
			return n;
		switch (SSL_get_error(c->ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			status = E_AGAIN;
			wait_readable(c);
			break;
		default:
			status = c->small_code = E_FAILED + 1;
			break;
		}
	} while (status == E_AGAIN);
	return -1;
}

enum small { SMALL_A, SMALL_B };

struct wide_conn {
	SSL *ssl;
	enum small last;
};

void wide_wait(struct wide_conn *c);

/* An enum of only non-negative enumerators may be unsigned: `status = c->last
 * = -1` gives status 4294967295, not -1, and the loop goes round. */
long long wide_read_enum_twin(struct wide_conn *c, char *buf, int len)
{
	int n;
	long long status;
	ERR_clear_error();
	do {
		n = SSL_read(c->ssl, buf, len); // expect: OSSL001
		if (n > 0)
			return n;
		switch (SSL_get_error(c->ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			status = 0;
			wide_wait(c);
			break;
		default:
			status = c->last = -1;
			break;
		}
	} while (status != -1);
	return -1;
}
