/*
 * Two functions that return each other's results (a handshake that detours
 * through early data and back, nginx's ngx_ssl_handshake() and
 * ngx_ssl_try_early_data()), each also returning the same three constants in
 * an order of its own. A function's table of return values was built in the
 * order the values were met, and one copied from a callee kept the callee's
 * order: the two tables swapped orders every round, and the summaries never
 * settled (the checker stopped at its cap of 1000 rounds and warned that
 * findings might be missing). The tables now keep one order. Both functions
 * clear the queue before their I/O and classify it: nothing to report, and
 * no warning.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

#define R_OK 0
#define R_ERR -1
#define R_AGAIN -2

struct conn {
	SSL *ssl;
	int early;
};

static int conn_early(struct conn *c);

static int conn_handshake(struct conn *c)
{
	int n, e;

	if (c->early)
		return conn_early(c);
	ERR_clear_error();
	n = SSL_do_handshake(c->ssl);
	if (n == 1)
		return R_OK;
	e = SSL_get_error(c->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return R_AGAIN;
	return R_ERR;
}

static int conn_early(struct conn *c)
{
	unsigned char buf[1];
	size_t got;
	int n;

	ERR_clear_error();
	n = SSL_read_early_data(c->ssl, buf, sizeof buf, &got);
	if (n == SSL_READ_EARLY_DATA_FINISH) {
		c->early = 0;
		return conn_handshake(c);
	}
	if (n == SSL_READ_EARLY_DATA_ERROR)
		return R_ERR;
	if (n == SSL_READ_EARLY_DATA_SUCCESS)
		return R_OK;
	return R_AGAIN;
}

int conn_start(struct conn *c)
{
	return conn_handshake(c);
}
