#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void m0001_log(int level, const char *fmt, ...);
void m0001_stats(int what, long n);

enum { M0001_OK = 0, M0001_AGAIN = -2, M0001_ERROR = -1, M0001_CLOSED = -3 };

struct m0001_conn {
	int closed;
	int retries;
	int want_read;
	SSL *ssl;
	size_t rcap;
	unsigned char *rbuf;
	int want_write;
	long bytes_out;
	size_t rlen;
	const char *peer;
	int fd;
	long bytes_in;
};

struct m0001_buf {
	unsigned char *data;
	size_t len, cap;
};

static void m0001_clear_errors(void)
{
	ERR_clear_error();
	errno = 0;
}

static void m0001_describe(const char *what)
{
	unsigned long e;
	char buf[256];

	while ((e = ERR_get_error()) != 0) {
		ERR_error_string_n(e, buf, sizeof(buf));
		m0001_log(3, "%s: %s", what, buf);
	}
}

int m0001_handshake0(struct m0001_conn *c)
{
	int rc, err;

	if (c->ssl == NULL)
		return M0001_ERROR;
	ERR_clear_error();
	rc = SSL_do_handshake(c->ssl);
	if (rc == 1) {
		m0001_stats(1, 1);
		return M0001_OK;
	}
	err = SSL_get_error(c->ssl, rc);
	if (err == SSL_ERROR_WANT_READ) {
		c->want_read = 1;
		return M0001_AGAIN;
	} else if (err == SSL_ERROR_WANT_WRITE) {
		c->want_write = 1;
		return M0001_AGAIN;
	} else if (err == SSL_ERROR_ZERO_RETURN) {
		goto closed;
	}
	m0001_log(3, "handshake: error %d", err);
	m0001_describe("SSL_do_handshake");
	return M0001_ERROR;
closed:
	c->closed = 1;
	return M0001_CLOSED;
}

int m0001_handshake1(struct m0001_conn *c)
{
	int rc, err;

	if (c->ssl == NULL)
		return M0001_ERROR;
	ERR_clear_error();
	rc = SSL_do_handshake(c->ssl);
	if (rc == 1) {
		m0001_stats(1, 1);
		return M0001_OK;
	}
	err = SSL_get_error(c->ssl, rc);
	if (err == SSL_ERROR_WANT_READ) {
		c->want_read = 1;
		return M0001_AGAIN;
	} else if (err == SSL_ERROR_WANT_WRITE) {
		c->want_write = 1;
		return M0001_AGAIN;
	} else if (err == SSL_ERROR_ZERO_RETURN) {
		goto closed;
	}
	m0001_log(3, "handshake: error %d", err);
	m0001_describe("SSL_do_handshake");
	return M0001_ERROR;
closed:
	c->closed = 1;
	return M0001_CLOSED;
}

int m0001_read0(struct m0001_conn *c, unsigned char *buf, int len)
{
	int n, err, total = 0;

	if (c->closed)
		return M0001_CLOSED;
	for (;;) {
		ERR_clear_error();
		n = SSL_read(c->ssl, buf + total, len - total);
		if (n > 0) {
			total += n;
			c->bytes_in += n;
			if (total == len)
				return total;
			continue;
		}
		err = SSL_get_error(c->ssl, n);
		switch (err) {
		case SSL_ERROR_WANT_READ:
			c->want_read = 1;
			return M0001_AGAIN;
		case SSL_ERROR_WANT_WRITE:
			c->want_write = 1;
			return M0001_AGAIN;
		case SSL_ERROR_ZERO_RETURN:
			c->closed = 1;
			return total ? total : M0001_CLOSED;
		case SSL_ERROR_SYSCALL:
			if (errno == EINTR)
				continue;
			m0001_log(2, "read syscall %d", errno);
			goto fail;
		default:
			goto fail;
		}
	}
fail:
	c->closed = 1;
	m0001_describe("SSL_read");
	return M0001_ERROR;
}

int m0001_write0(struct m0001_conn *c, const unsigned char *buf, int len)
{
	int sent = 0, n, err;

	while (sent < len) {
		m0001_clear_errors();
		n = SSL_write(c->ssl, buf + sent, len - sent);
		if (n <= 0) {
			err = SSL_get_error(c->ssl, n);
			if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
				c->want_write = err == SSL_ERROR_WANT_WRITE;
				c->retries++;
				if (c->retries > 16)
					goto error;
				return sent ? sent : M0001_AGAIN;
			}
			if (err == SSL_ERROR_SYSCALL && errno == EAGAIN)
				return M0001_AGAIN;
			goto error;
		}
		sent += n;
		c->bytes_out += n;
	}
	return sent;
error:
	m0001_log(3, "write failed on %s", c->peer ? c->peer : "?");
	ERR_clear_error();
	return M0001_ERROR;
}

void *m0001_unused_refs[] = { (void *)m0001_clear_errors };
