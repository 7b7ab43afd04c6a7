/*
 * A clean close that fails too, returned through a status setter: the
 * setter records the status and returns the count it is given (`return
 * set_status(c, ST_ERR | ST_CLOSE, -1);`), shaped after goaccess's WebSocket
 * server (src/websocket.c: ws_set_status(), read_ssl_socket(),
 * send_ssl_buffer()). SSL_ERROR_ZERO_RETURN falls into the same return as
 * SSL_ERROR_SSL (the default), and the caller gets -1 for either: a clean
 * close is a failure too, so a premature close cannot pass for the end of
 * complete data. Silent, for a read and for a write. The twins keep the
 * finding: the setter is given the read's own count (0 for a close: not a
 * failure's constant), and a setter that returns its status, not the count.
 */
#include <errno.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum { ST_OK = 0, ST_ERR = 1, ST_CLOSE = 2 };

struct client {
	SSL *ssl;
	int status;
};

static int set_status(struct client *c, int status, int bytes)
{
	c->status = status;
	return bytes;
}

static int set_status_code(struct client *c, int status, int bytes)
{
	c->status = status;
	(void)bytes;
	return status;
}

int client_read(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_SYSCALL:
		if (n < 0 && errno == EAGAIN)
			return 0;
		/* fall through */
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status(c, ST_ERR | ST_CLOSE, -1);
	}
}

int client_write(struct client *c, const char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_write(c->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status(c, ST_ERR | ST_CLOSE, -1);
	}
}

int client_read_twin_count(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status(c, ST_CLOSE, n);
	}
}

int client_read_twin_code(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status_code(c, ST_CLOSE, -1);
	}
}
