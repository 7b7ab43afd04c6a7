/*
 * A 0 handed on by the project's read wrappers (shaped after libhv's event
 * loop: hssl_read() returns SSL_read()'s result, __nio_read() keeps it in a
 * variable beside recv()'s and returns it untested, and nio_read() takes 0
 * for the peer's end without SSL_get_error()): the 0 of the read reaches the
 * caller as it is, so the caller's test is the read's (OSSL005 at the
 * wrapper's call). Clean: a caller that classifies the wrapper's result
 * (SSL_get_error() on it), a caller that returns it to its own caller, a
 * wrapper that tests the result itself (its 0 becomes -1 before the return),
 * and a wrapper around a one-byte SSL_peek() liveness probe.
 */
#include <errno.h>
#include <sys/socket.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

struct io {
	SSL *ssl;
	int fd, is_tls, error;
	char buf[4096];
};

void io_close(struct io *io);
void deliver(struct io *io, const char *p, int n);

static int tls_read(SSL *ssl, void *buf, int len) {
	return SSL_read(ssl, buf, len);
}

static int raw_read(struct io *io, void *buf, int len) {
	int n = 0;
	switch (io->is_tls) {
	case 1:
		n = tls_read(io->ssl, buf, len);
		break;
	default:
		n = (int)recv(io->fd, buf, (size_t)len, 0);
		break;
	}
	return n;
}

void on_readable(struct io *io) {
	ERR_clear_error();
	int n = raw_read(io, io->buf, sizeof io->buf); // expect: OSSL005
	if (n < 0) {
		if (errno == EAGAIN || errno == EINTR)
			return;
		io->error = errno;
		io_close(io);
		return;
	}
	if (n == 0) { /* the peer's end, clean or not */
		io_close(io);
		return;
	}
	deliver(io, io->buf, n);
}

void on_readable_classified(struct io *io) {
	ERR_clear_error();
	int n = tls_read(io->ssl, io->buf, sizeof io->buf);
	if (n > 0) {
		deliver(io, io->buf, n);
		return;
	}
	switch (SSL_get_error(io->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return;
	case SSL_ERROR_ZERO_RETURN:
		io_close(io);
		return;
	default:
		io->error = EPROTO;
		io_close(io);
		return;
	}
}

int read_some(struct io *io) {
	return raw_read(io, io->buf, sizeof io->buf); /* the caller decides */
}

static int tls_read_checked(SSL *ssl, void *buf, int len) {
	int n = SSL_read(ssl, buf, len);
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_ZERO_RETURN)
			return 0;
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? -2 : -1;
	}
	return n;
}

void on_readable_checked(struct io *io) {
	ERR_clear_error();
	int n = tls_read_checked(io->ssl, io->buf, sizeof io->buf);
	if (n == -2)
		return;
	if (n <= 0) { /* 0: close_notify; -1: an error */
		io_close(io);
		return;
	}
	deliver(io, io->buf, n);
}

static int tls_alive(SSL *ssl) {
	char c;
	return SSL_peek(ssl, &c, 1);
}

int still_there(struct io *io) {
	ERR_clear_error();
	int n = tls_alive(io->ssl);
	if (n == 0) { /* gone, cleanly or not */
		io_close(io);
		return 0;
	}
	return 1;
}
