/*
 * Mechanism: OSSL005 zero_joins_failure() (e37e83b): the 0's ways now stop at
 * the block that assigns the read's variable (the loop's next read), and
 * that block now belongs to the failure's ways too, so nothing after it is
 * examined. A local flag set on the 0's own way (`eof = 1;`, allowed as "a
 * log line's text") is read after the loop: the function returns 1 ("the
 * peer ended the body: complete") for SSL_read()'s 0 and -1 for a failure.
 * The shared store `c->state = ST_CLOSED;` is allowed by the new rule.
 * The 0 is taken as the end of the data without SSL_get_error(): a
 * truncation attack (no close_notify) passes as a complete body.
 * Expected: OSSL005 at each SSL_read() (07e80b6 reports all three). HEAD: nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { ST_OPEN, ST_CLOSED };

struct conn {
	SSL *ssl;
	int state;
};

void deliver(struct conn *c, const char *buf, int n);

/* 1: the peer ended the body; -1: it failed */
int pump(struct conn *c)
{
	char buf[4096];
	int n, err, eof = 0;

	while (c->state == ST_OPEN) {
		ERR_clear_error();
		n = SSL_read(c->ssl, buf, sizeof buf); // expect: OSSL005
		if (n > 0) {
			deliver(c, buf, n);
			continue;
		}
		if (n == 0) {
			eof = 1;
			c->state = ST_CLOSED;
			continue;
		}
		err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			continue;
		c->state = ST_CLOSED;
	}
	if (eof)
		return 1;
	return -1;
}

int pump_flag_via_count(struct conn *c)
{
	char buf[4096];
	int n, err, eofs = 0;

	while (c->state == ST_OPEN) {
		ERR_clear_error();
		n = SSL_read(c->ssl, buf, sizeof buf); // expect: OSSL005
		if (n > 0) {
			deliver(c, buf, n);
			continue;
		}
		if (n == 0) {
			eofs++;
			c->state = ST_CLOSED;
			continue;
		}
		err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			continue;
		c->state = ST_CLOSED;
	}
	return eofs ? 1 : -1;
}

int pump_nostore(struct conn *c, int *done)
{
	char buf[4096];
	int n, err, eof = 0;

	while (!*done) {
		ERR_clear_error();
		n = SSL_read(c->ssl, buf, sizeof buf); // expect: OSSL005
		if (n > 0) {
			deliver(c, buf, n);
			continue;
		}
		if (n == 0) {
			eof = 1;
			*done = 1;
			continue;
		}
		err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			continue;
		*done = 1;
	}
	if (eof)
		return 1;
	return -1;
}
