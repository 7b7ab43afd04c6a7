/*
 * Twins of else_handles_other_want_helper_filter.c that stay OSSL003: a
 * helper that also retries SSL_ERROR_SYSCALL on EINTR (the else then gets
 * that code too), a call between the helper and the second classification
 * (the SSL may be in another state by then), a second classification on
 * the helper's zero result, and a helper that returns non-zero also on a
 * way where it never classified (its `early` case).
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>

void wait_fd(int fd, int events);
void note_progress(SSL *s);

static int retry_also_on_eintr(SSL *s, int n)
{
	int err = SSL_get_error(s, n);
	int retry = 0;

	switch (err) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		retry = 1;
		break;
	case SSL_ERROR_SYSCALL:
		retry = errno == EINTR;
		break;
	default:
		break;
	}
	return retry;
}

static int retry_on_wants(SSL *s, int n)
{
	int err = SSL_get_error(s, n);

	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 1;
	return 0;
}

static int retry_unless_late(SSL *s, int n, int early)
{
	int err = 0;
	int retry = 0;

	if (!early) {
		err = SSL_get_error(s, n);
		if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
			return 0;
	}
	retry = early ? 2 : 1;
	return retry;
}

int connect_early(SSL *s, int fd, int early)
{
	int n;

	for (;;) {
		ERR_clear_error();
		n = SSL_connect(s);
		if (n == 1)
			return 0;
		if (!retry_unless_late(s, n, early))
			return -1;
		int err = SSL_get_error(s, n); // expect: OSSL003
		wait_fd(fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT);
	}
}

int connect_eintr(SSL *s, int fd)
{
	int n;

	for (;;) {
		ERR_clear_error();
		n = SSL_connect(s);
		if (n == 1)
			return 0;
		if (!retry_also_on_eintr(s, n))
			return -1;
		int err = SSL_get_error(s, n); // expect: OSSL003
		wait_fd(fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT);
	}
}

int connect_call_between(SSL *s, int fd)
{
	int n;

	for (;;) {
		ERR_clear_error();
		n = SSL_connect(s);
		if (n == 1)
			return 0;
		if (!retry_on_wants(s, n))
			return -1;
		note_progress(s);
		int err = SSL_get_error(s, n); // expect: OSSL003
		wait_fd(fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT);
	}
}

int connect_zero_branch(SSL *s, int fd)
{
	int n;

	ERR_clear_error();
	n = SSL_connect(s);
	if (n == 1)
		return 0;
	if (retry_on_wants(s, n))
		return 1;
	int err = SSL_get_error(s, n); // expect: OSSL003
	wait_fd(fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT);
	return -1;
}
