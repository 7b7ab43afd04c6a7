/*
 * Shape: nsd's XFR-over-TLS client (xfrd-tcp.c, conn_write_ssl and
 * conn_read_ssl): the classification logs anything but success, then the
 * I/O call's -1 goes to `if (errno == EAGAIN || errno == EINTR) return 0;`
 * ("try later"). Over a socket BIO either want comes from a send() or recv()
 * that failed with EAGAIN, which stays in errno (a log line between does not
 * change it), so the errno test tells the want from a failure: every way a
 * want takes meets it before the function gives up. Not reported.
 *
 * Twins (reported): a function that tests one want (it knows the socket is
 * non-blocking and handles that want in its own way: pure-ftpd's
 * safe_nonblock_write() sets EAGAIN for SSL_ERROR_WANT_WRITE and then polls
 * for POLLOUT, so the want read that reaches the errno test busy-loops); a
 * want that can return -1 before the errno test; a
 * recv() between, whose errno the test reads; a function that sets errno
 * itself (`errno = EPIPE;` for any code but success), whose test then reads
 * its own value; a run that makes BIO methods of its own (custom_bio), whose
 * wants need not leave EAGAIN in errno.
 */
#include <errno.h>
#include <sys/socket.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);

int write_told_apart(SSL *ssl, const char *buf, int len)
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

int read_one_want_told_apart(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ && errno == EAGAIN)
		return 0;
	if (err == SSL_ERROR_ZERO_RETURN)
		return -1;
	log_msg(3, "ssl_read returned error %d", err);
	if (n == -1 && (errno == EAGAIN || errno == EINTR))
		return 0;
	return -1;
}

int write_gives_up_first(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		break;
	default:
		log_msg(3, "generic write problem with tls");
		if (sent < 0)
			return -1; /* a want ends here */
	}
	if (sent == -1 && errno == EAGAIN)
		return 0;
	return sent;
}

int read_recv_between(SSL *ssl, int fd, char *buf, int len)
{
	int n, err;
	char peek;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	if (recv(fd, &peek, 1, MSG_PEEK) == 0)
		return -1; /* its errno is the one tested below */
	if (errno == EAGAIN)
		return 0;
	return -1;
}

int write_sets_errno_twin(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	if (SSL_get_error(ssl, sent) != SSL_ERROR_NONE) { // expect: OSSL003
		log_msg(3, "generic write problem with tls");
		errno = EPIPE;
	}
	if (sent == -1) {
		if (errno == EAGAIN || errno == EINTR)
			return 0;
		return -1;
	}
	return sent;
}
