/*
 * Two cases, written apart, that store the same state and return the same
 * value: the connection is CLOSED after a close_notify and after an EOF
 * without one alike, and nothing else tells the caller which. Shaped after
 * event-loop servers that keep a connection state. Expected: OSSL005 at the
 * classification. The twin stores TRUNCATED for SSL_ERROR_SYSCALL and is
 * silent; so is conn_fill_keeps_code, which keeps the code in the connection
 * (`c->last_error = err`), where the caller can tell the two closes apart.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum conn_state { ST_OPEN, ST_CLOSED, ST_TRUNCATED };

struct conn {
	SSL *ssl;
	enum conn_state state;
	int last_error;
};

int conn_fill(struct conn *c, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(c->ssl, n); // expect: OSSL005
	switch (err) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_ZERO_RETURN:
		c->state = ST_CLOSED;
		return -1;
	case SSL_ERROR_SYSCALL:
		c->state = ST_CLOSED;
		return -1;
	default:
		c->state = ST_TRUNCATED;
		return -1;
	}
}

int conn_fill_twin(struct conn *c, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(c->ssl, n);
	switch (err) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_ZERO_RETURN:
		c->state = ST_CLOSED;
		return -1;
	case SSL_ERROR_SYSCALL:
		c->state = ST_TRUNCATED;
		return -1;
	default:
		c->state = ST_TRUNCATED;
		return -1;
	}
}

int conn_fill_keeps_code(struct conn *c, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(c->ssl, n);
	c->last_error = err;
	switch (err) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_ZERO_RETURN:
		c->state = ST_CLOSED;
		return -1;
	case SSL_ERROR_SYSCALL:
		c->state = ST_CLOSED;
		return -1;
	default:
		c->state = ST_TRUNCATED;
		return -1;
	}
}
