/*
 * Wants told apart by errno (nsd's XFR-over-TLS client, xfrd-tcp.c): the
 * classification logs anything but success (or only tests ZERO_RETURN), then
 * the I/O call's -1 goes to `if (errno == EAGAIN || errno == EINTR) return 0;`
 * ("try later"), and any other errno to `return -1;`. Every SSL of the run
 * makes its own socket BIO (SSL_set_fd), with auto-retry on, so either want
 * comes from a send() or recv() that failed with EAGAIN, which stays in
 * errno: the errno test tells the want from a failure, and no want falls into
 * the error path. No finding for write_told_apart() and read_told_apart().
 * Twins, reported: an EAGAIN branch that only logs and falls into the
 * failure's return; the I/O result's variable given another value before its
 * `== -1` test; the result kept in a struct's field; a function that stores
 * errno itself. Other twins change the run: a memory BIO
 * (want_told_apart_by_errno_memory_bio_twin.c), auto-retry cleared
 * (_auto_retry_twin.c), an SSL from outside the run (_outside_twin.c).
 */
#include <errno.h>
#include <string.h>
#include <sys/types.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);

static int write_told_apart(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) {
	case SSL_ERROR_NONE:
		break;
	default:
		log_msg(3, "generic write problem with tls");
	}
	if (sent == -1) {
		if (errno == EAGAIN || errno == EINTR)
			return 0; /* would block, try later */
		return -1;
	}
	return sent;
}

static int read_told_apart(SSL *ssl, char *buf, int len)
{
	ssize_t received;

	ERR_clear_error();
	received = SSL_read(ssl, buf, len);
	if (received <= 0) {
		int err = SSL_get_error(ssl, (int)received);
		if (err == SSL_ERROR_ZERO_RETURN)
			return -1;
		log_msg(3, "ssl_read returned error %d", err);
	}
	if (received == -1) {
		if (errno == EAGAIN || errno == EINTR) {
			return 0; /* would block, try later */
		} else {
			if (errno != ECONNRESET)
				log_msg(3, "tcp read %s", strerror(errno));
			return -1;
		}
	} else if (received == 0) {
		return -1;
	}
	return (int)received;
}

static int write_eagain_only_logged_twin(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		break;
	default:
		log_msg(3, "generic write problem with tls");
	}
	if (sent == -1) {
		if (errno == EAGAIN)
			log_msg(3, "socket would block");
		return -1;
	}
	return sent;
}

static int write_result_redefined_twin(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		break;
	default:
		log_msg(3, "generic write problem with tls");
		sent = -2;
	}
	if (sent == -1) {
		if (errno == EAGAIN || errno == EINTR)
			return 0;
		return -1;
	}
	return sent < 0 ? -1 : sent;
}

struct io_result {
	int n;
	int flags;
};

static int write_result_in_field_twin(SSL *ssl, const char *buf, int len)
{
	struct io_result r;

	ERR_clear_error();
	r.n = SSL_write(ssl, buf, len);
	r.flags = 0;
	switch (SSL_get_error(ssl, r.n)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		break;
	default:
		log_msg(3, "generic write problem with tls");
		r.n = -2;
	}
	if (r.n == -1) {
		if (errno == EAGAIN || errno == EINTR)
			return 0;
		return -1;
	}
	return r.n < 0 ? -1 : r.n;
}

static int write_stores_errno_twin(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		break;
	default:
		errno = EIO;
	}
	if (sent == -1) {
		if (errno == EAGAIN || errno == EINTR)
			return 0;
		return -1;
	}
	return sent;
}

int xfr_exchange(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl = SSL_new(ctx);
	int n;

	if (!ssl)
		return -1;
	if (!SSL_set_fd(ssl, fd)) {
		SSL_free(ssl);
		return -1;
	}
	n = write_told_apart(ssl, buf, len);
	if (n >= 0)
		n = read_told_apart(ssl, buf, len);
	if (n >= 0)
		n = write_eagain_only_logged_twin(ssl, buf, len);
	if (n >= 0)
		n = write_result_redefined_twin(ssl, buf, len);
	if (n >= 0)
		n = write_result_in_field_twin(ssl, buf, len);
	if (n >= 0)
		n = write_stores_errno_twin(ssl, buf, len);
	SSL_free(ssl);
	return n;
}
