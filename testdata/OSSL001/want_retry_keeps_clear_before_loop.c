/*
 * Shape: a "write all" loop over a non-blocking socket with ERR_clear_error()
 * once, before the for(;;), that goes round only after a success or after
 * SSL_ERROR_WANT_READ/WANT_WRITE (the shape of many servers' write loops).
 *
 * SSL_get_error() returns a WANT_* code only when the error queue is empty (it
 * looks at the queue first, and any error there makes it SSL_ERROR_SSL or
 * SSL_ERROR_SYSCALL), so the pass that goes round leaves the queue empty and
 * the one clear before the loop covers every SSL_write(). The same holds for a
 * switch on the classification and for a classify wrapper that returns
 * SSL_get_error()'s result.
 *
 * Expected: no finding. (clear_before_loop_not_inside.c also retries after
 * SSL_ERROR_SYSCALL: a finding.)
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int poll_fd(int fd, int for_write, int timeout_ms);

int write_all(SSL *ssl, int fd, const char *buf, int len)
{
	int off = 0, n, err;

	ERR_clear_error();
	for (;;) {
		n = SSL_write(ssl, buf + off, len - off);
		if (n > 0) {
			off += n;
			if (off == len)
				return off;
			continue;
		}
		err = SSL_get_error(ssl, n);
		if (err == SSL_ERROR_WANT_WRITE) {
			if (poll_fd(fd, 1, 1000) <= 0)
				return -1;
			continue;
		}
		if (err == SSL_ERROR_WANT_READ) {
			if (poll_fd(fd, 0, 1000) <= 0)
				return -1;
			continue;
		}
		return -1;
	}
}

struct tls_conn {
	SSL *ssl;
	int fd;
};

/* Returns SSL_get_error()'s code, or SSL_ERROR_SSL without a connection. */
static int conn_error(struct tls_conn *c, int ret)
{
	if (!c->ssl)
		return SSL_ERROR_SSL;
	return SSL_get_error(c->ssl, ret);
}

int handshake_loop(struct tls_conn *c)
{
	int rc;

	ERR_clear_error();
	for (;;) {
		rc = SSL_do_handshake(c->ssl);
		if (rc == 1)
			return 0;
		switch (conn_error(c, rc)) {
		case SSL_ERROR_WANT_READ:
			poll_fd(c->fd, 0, 1000);
			break;
		case SSL_ERROR_WANT_WRITE:
			poll_fd(c->fd, 1, 1000);
			break;
		default:
			return -1;
		}
	}
}

/* A wrapper that maps the classification to 1 (retry: only after WANT_*), 0
 * and -1: the caller's loop goes round on 1, where the wrapper left the queue
 * empty (dovecot's handshake loop shape). */
static int handle_error(SSL *ssl, int ret, int fd)
{
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
		return poll_fd(fd, 0, 1000) > 0 ? 1 : 0;
	case SSL_ERROR_WANT_WRITE:
		return poll_fd(fd, 1, 1000) > 0 ? 1 : 0;
	default:
		return -1;
	}
}

int connect_loop(SSL *ssl, int fd)
{
	int ret;

	ERR_clear_error();
	while ((ret = SSL_connect(ssl)) <= 0) {
		ret = handle_error(ssl, ret, fd);
		if (ret <= 0)
			return ret;
	}
	return 1;
}

/* Goes round after SSL_ERROR_NONE (a success: SSL_get_error() says NONE only
 * for a result > 0) or after SSL_ERROR_WANT_WRITE (stunnel's blocking write). */
int write_blocking(SSL *ssl, const char *p, int len)
{
	ERR_clear_error();
	while (len > 0) {
		int num = SSL_write(ssl, p, len);
		int err = SSL_get_error(ssl, num);
		if (err == SSL_ERROR_NONE) {
			p += num;
			len -= num;
		} else if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
			continue;
		} else {
			return -1;
		}
	}
	return 0;
}
