/*
 * A call that pushes an error only when it fails, checked for success: on the
 * branch where its result is not a failure value, it pushed nothing, so the
 * queue is as it was before it (shape of a client connect: set the SNI name
 * and the descriptor, give up if either fails, then SSL_connect()).
 *
 * SSL_set_tlsext_host_name() is SSL_ctrl(s, SSL_CTRL_SET_TLSEXT_HOSTNAME, ...):
 * that command pushes only when it returns 0. SSL_set_mode() is the pure
 * command SSL_CTRL_MODE. SSL_new() pushes only when it returns NULL.
 *
 * Expected: no finding in connect_checked, connect_checked_new,
 * connect_via_helper; unchecked_setters_twin is the bug twin (an unchecked
 * setter may push: OSSL001).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int wait_fd(int fd, int for_write);

static int finish_connect(SSL *ssl, int fd)
{
	int rc, err;

	for (;;) {
		ERR_clear_error();
		rc = SSL_connect(ssl);
		if (rc == 1)
			return 0;
		err = SSL_get_error(ssl, rc);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
			wait_fd(fd, err == SSL_ERROR_WANT_WRITE);
			continue;
		}
		return -1;
	}
}

int connect_checked(SSL *ssl, int fd, const char *host)
{
	int rc, err;

	ERR_clear_error();
	if (SSL_set_tlsext_host_name(ssl, host) != 1)
		return -1;
	if (!SSL_set_fd(ssl, fd))
		return -1;
	SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE);
	rc = SSL_connect(ssl);
	if (rc == 1)
		return 0;
	err = SSL_get_error(ssl, rc);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return finish_connect(ssl, fd);
	return -1;
}

SSL *connect_checked_new(SSL_CTX *ctx, int fd)
{
	SSL *ssl;
	int rc;

	ERR_clear_error();
	ssl = SSL_new(ctx);
	if (ssl == NULL)
		return NULL;
	rc = SSL_accept(ssl);
	if (rc <= 0 && SSL_get_error(ssl, rc) != SSL_ERROR_WANT_READ &&
	    SSL_get_error(ssl, rc) != SSL_ERROR_WANT_WRITE) {
		SSL_free(ssl);
		return NULL;
	}
	(void)fd;
	return ssl;
}

/* A project helper that fails with -1 after a failed setter, and returns 0
 * only after its success: a caller that tests for < 0 knows nothing was pushed. */
static int attach_fd(SSL *ssl, int fd)
{
	if (SSL_set_fd(ssl, fd) != 1)
		return -1;
	return 0;
}

int connect_via_helper(SSL *ssl, int fd)
{
	int rc;

	ERR_clear_error();
	if (attach_fd(ssl, fd) < 0)
		return -1;
	rc = SSL_connect(ssl);
	if (rc == 1)
		return 0;
	switch (SSL_get_error(ssl, rc)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return finish_connect(ssl, fd);
	default:
		return -1;
	}
}

int unchecked_setters_twin(SSL *ssl, int fd, const char *host)
{
	int rc, err;

	ERR_clear_error();
	SSL_set_tlsext_host_name(ssl, host);
	(void)SSL_set_fd(ssl, fd);
	rc = SSL_connect(ssl); // expect: OSSL001
	if (rc == 1)
		return 0;
	err = SSL_get_error(ssl, rc);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return finish_connect(ssl, fd);
	return -1;
}

int helper_checked_wrong_way_twin(SSL *ssl, int fd)
{
	int rc;

	ERR_clear_error();
	if (attach_fd(ssl, fd) == 0)
		wait_fd(fd, 0);
	rc = SSL_connect(ssl); // expect: OSSL001
	if (rc == 1)
		return 0;
	return SSL_get_error(ssl, rc) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, rc) == SSL_ERROR_WANT_WRITE ? 1 : -1;
}
