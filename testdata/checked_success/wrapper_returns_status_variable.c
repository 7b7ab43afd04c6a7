/*
 * A project helper that keeps its status in a variable (`int ret = 0; ...
 * ret = 1; out: return ret;`) pushes only where that variable still holds 0:
 * its error paths jump past `ret = 1`. A caller that checks the helper for
 * success between SSL_do_handshake() and SSL_get_error() knows the queue is
 * as the handshake left it (shape of haproxy's qc_conn_finalize() and
 * quic_tls_finalize() in quic_ssl.c's handshake step, 3.5-dev).
 *
 * Expected: no finding in handshake_step; handshake_step_twin calls a helper
 * that reports success after a failed setter (its error path sets ret = 1), so
 * the error it may leave is what SSL_get_error() reads: OSSL002.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int fd;
	int finalized;
};

void trace_leave(const struct conn *c);

static int conn_setup_fd(struct conn *c)
{
	int ret = 0;

	if (c->finalized)
		goto done;
	if (!SSL_set_fd(c->ssl, c->fd))
		goto out;
	c->finalized = 1;
done:
	ret = 1;
out:
	trace_leave(c);
	return ret;
}

static int conn_setup_fd_lenient(struct conn *c)
{
	int ret = 0;

	if (!SSL_set_fd(c->ssl, c->fd)) {
		ret = 1; /* carries on without the fd: the error stays queued */
		goto out;
	}
	c->finalized = 1;
	ret = 1;
out:
	trace_leave(c);
	return ret;
}

int handshake_step(struct conn *c, int ready)
{
	int r;

	ERR_clear_error();
	r = SSL_do_handshake(c->ssl);
	if (ready && !conn_setup_fd(c))
		return -1;
	if (r == 1)
		return 1;
	switch (SSL_get_error(c->ssl, r)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int handshake_step_twin(struct conn *c, int ready)
{
	int r;

	ERR_clear_error();
	r = SSL_do_handshake(c->ssl);
	if (ready && !conn_setup_fd_lenient(c)) // expect: OSSL002
		return -1;
	if (r == 1)
		return 1;
	switch (SSL_get_error(c->ssl, r)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}
