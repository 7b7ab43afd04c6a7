/*
 * A read whose 0 does what its failures do: the same project function is
 * called on the 0's way and on a failed read's way (an error recorded on the
 * connection, in other words), and both return the same negative constant.
 * The caller gets the same failure for a close as for an error, whoever
 * calls these functions (they are not static): a truncation cannot pass for
 * the end of the data. The shapes of a Redis client's read hook and of an
 * application server's request parser. No finding on redis_read() nor on
 * parse_request().
 * The twins keep the finding:
 *  - read_marks_eof_twin calls on its 0 a function no failure calls
 *    (mark_eof(), which may record the end for a caller to read);
 *  - read_other_code_twin returns -2 for the 0 and -1 for a failure: a
 *    caller outside the run may tell them apart;
 *  - read_returns_zero_twin returns 0, the end, for the 0.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int err;
	const char *msg;
	int pos;
};

enum { CONN_ERR_IO = 1, CONN_ERR_EOF = 3 };

void set_error(struct conn *c, int code, const char *msg);
void mark_eof(struct conn *c);
void write_log(const char *what, int err);

/* The project's log function (it may record anything, as far as the checker
 * knows). */
void log_error(const char *what)
{
	write_log(what, errno);
}

long redis_read(struct conn *c, char *buf, int cap)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, cap);
	if (n > 0)
		return n;
	if (n == 0) {
		set_error(c, CONN_ERR_EOF, "Server closed the connection");
		return -1;
	}
	int err = SSL_get_error(c->ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	set_error(c, CONN_ERR_IO, NULL);
	return -1;
}

int parse_request(struct conn *c, char *buf, int cap)
{
	int len;

	ERR_clear_error();
	len = SSL_read(c->ssl, buf + c->pos, cap - c->pos);
	if (len > 0) {
		c->pos += len;
		return 1;
	}
	if (len == 0)
		goto empty;
	int err = SSL_get_error(c->ssl, len);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	if (err == SSL_ERROR_SYSCALL) {
		if (errno != 0)
			log_error("parse_request()/SSL_read()");
	}
	return -1;
empty:
	if (c->pos > 0)
		log_error("parse_request()");
	return -1;
}

long read_marks_eof_twin(struct conn *c, char *buf, int cap)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, cap); // expect: OSSL005
	if (n > 0)
		return n;
	if (n == 0) {
		mark_eof(c);
		return -1;
	}
	int err = SSL_get_error(c->ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	set_error(c, CONN_ERR_IO, NULL);
	return -1;
}

long read_other_code_twin(struct conn *c, char *buf, int cap)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, cap); // expect: OSSL005
	if (n > 0)
		return n;
	if (n == 0) {
		set_error(c, CONN_ERR_EOF, "Server closed the connection");
		return -2;
	}
	int err = SSL_get_error(c->ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	set_error(c, CONN_ERR_IO, NULL);
	return -1;
}

long read_returns_zero_twin(struct conn *c, char *buf, int cap)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, cap); // expect: OSSL005
	if (n > 0)
		return n;
	if (n == 0) {
		set_error(c, CONN_ERR_EOF, "Server closed the connection");
		return 0;
	}
	int err = SSL_get_error(c->ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	set_error(c, CONN_ERR_IO, NULL);
	return -1;
}
