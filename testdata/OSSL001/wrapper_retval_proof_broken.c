/*
 * What breaks the proof "the wrapper returned R_OK, so the SSL_read() before
 * it succeeded". Written for ossl-lint (from a review of return-value
 * summaries); not real code.
 *
 * classify() returns R_OK only where n > 0. Each loop below clears once
 * before it and goes round on a test of classify()'s result, but something
 * between the call and the test breaks the link, so the loop may go round
 * after a failed SSL_read() that left an error, and each SSL_read() is
 * reported:
 *   - a push on one path only, joined with a path that pushed nothing;
 *   - r++ (R_ERROR becomes R_OK);
 *   - a store through another pointer to the same field;
 *   - the pointer in the middle of the path reassigned;
 *   - switch (!r): its case labels compare !r, not r;
 *   - a GNU case range (-3 ... -1), which holds more than its low end;
 *   - an unsigned variable, where R_AGAIN is 4294967294;
 *   - the variable's address passed to a function that may change it.
 *
 * Expected: OSSL001 on every SSL_read.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };

struct st { int last; };
struct conn { SSL *ssl; int last; struct st *s; };

void apply_policy(int *result);

static int classify(SSL *ssl, int n)
{
	int e;

	if (n <= 0) {
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return R_AGAIN;
		return R_ERROR;
	}
	return R_OK;
}

int push_on_one_path(SSL *ssl, unsigned char *buf, int size, int verbose)
{
	int n, r;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		r = classify(ssl, n);
		if (verbose)
			ERR_raise(ERR_LIB_SSL, SSL_R_BAD_LENGTH);
		if (r != R_OK)
			return -1;
	}
}

int incremented(SSL *ssl, unsigned char *buf, int size)
{
	int n, r;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		r = classify(ssl, n);
		r++;
		if (r == 0 || r == 1)
			continue;
		return r;
	}
}

int stored_through_alias(struct conn *c, struct conn *alias, unsigned char *buf, int size)
{
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(c->ssl, buf, size); // expect: OSSL001
		c->last = classify(c->ssl, n);
		if (c->last == R_ERROR)
			alias->last = R_OK;
		if (c->last == R_OK)
			continue;
		return -1;
	}
}

int middle_pointer_reassigned(struct conn *c, struct st *fresh, unsigned char *buf, int size)
{
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(c->ssl, buf, size); // expect: OSSL001
		c->s->last = classify(c->ssl, n);
		if (c->s->last != R_OK)
			c->s = fresh;
		if (c->s->last == R_OK)
			continue;
		return -1;
	}
}

int switch_on_negation(SSL *ssl, unsigned char *buf, int size)
{
	int n, r;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		r = classify(ssl, n);
		switch (!r) {
		case 0:
			continue;
		}
		return n;
	}
}

int case_range(SSL *ssl, unsigned char *buf, int size)
{
	int n, r;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		r = classify(ssl, n);
		switch (r) {
		case -3 ... -1:
			continue;
		default:
			return r;
		}
	}
}

int unsigned_result(SSL *ssl, unsigned char *buf, int size)
{
	int n;
	unsigned r;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		r = classify(ssl, n);
		if (r == 4294967294u)
			continue;
		return n;
	}
}

int address_taken(SSL *ssl, unsigned char *buf, int size)
{
	int n, r;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		r = classify(ssl, n);
		apply_policy(&r);
		if (r != R_OK)
			return -1;
	}
}
