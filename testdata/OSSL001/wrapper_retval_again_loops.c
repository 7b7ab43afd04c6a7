/*
 * Shape: nginx ngx_ssl_recv() and ngx_ssl_handle_recv()
 * (src/event/ngx_event_openssl.c), with the loop turned the wrong way round.
 * Written for ossl-lint; not the real code.
 *
 * One clear before the loop, as in nginx, but the loop goes round again when
 * the wrapper says R_AGAIN, which it returns only for n <= 0: after
 * SSL_ERROR_WANT_* (the queue is then empty: SSL_get_error() looks at it
 * first) but also after SSL_ERROR_SYSCALL with EINTR, which may come with an
 * error on the queue (ERR_LIB_SYS), so the next SSL_read() runs with a stale
 * queue. The wrapper's R_OK (returned only where n > 0) proves success;
 * R_AGAIN does not.
 *
 * Expected: OSSL001 on SSL_read.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };
struct conn { SSL *ssl; int last; };

int wait_readable(struct conn *c);

static int handle_recv(struct conn *c, int n)
{
	int e;

	if (n > 0)
		return R_OK;
	e = SSL_get_error(c->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return R_AGAIN;
	if (e == SSL_ERROR_SYSCALL && errno == EINTR)
		return R_AGAIN;
	return R_ERROR;
}

int recv_until_data(struct conn *c, unsigned char *buf, int size)
{
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(c->ssl, buf, size); // expect: OSSL001
		c->last = handle_recv(c, n);
		if (c->last == R_AGAIN)
			continue;
		return c->last == R_OK ? n : -1;
	}
}

/* The transport is a connect BIO, whose failed I/O puts an ERR_LIB_SYS error
 * on the queue (OpenSSL's bss_conn.c): SSL_ERROR_SYSCALL may come with an
 * error there. (With only socket BIOs, SYSCALL means an empty queue:
 * syscall_retry_over_socket.c.) */
int attach_connect_bio(SSL *ssl, const char *host_port)
{
	BIO *b = BIO_new_connect(host_port);

	if (b == NULL)
		return -1;
	SSL_set_bio(ssl, b, b);
	return 0;
}
