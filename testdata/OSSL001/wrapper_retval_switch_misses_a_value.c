/*
 * Shape: nginx ngx_ssl_recv_early() (src/event/ngx_event_openssl.c), with a
 * case missing from its switch. Written for ossl-lint; not the real code.
 *
 * The switch on the wrapper's result has no default, and no case for R_DONE,
 * which the wrapper returns for a closed connection (n <= 0), and also after
 * SSL_ERROR_SYSCALL, which may come with an error on the queue: that result
 * falls out of the switch to the loop's back edge, and SSL_read() runs again
 * after a failure that may have left an error. (With the R_DONE case, as in
 * nginx, no value falls out: see audit/nginx_early_data_switch_no_default.c.
 * Were R_DONE returned only for SSL_ERROR_ZERO_RETURN, the queue would be
 * empty there: SSL_get_error() says ZERO_RETURN only for an empty queue.)
 *
 * Expected: OSSL001 on SSL_read.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1, R_DONE = -4 };
struct conn { SSL *ssl; int last; int eof; };

static int handle_recv(struct conn *c, int n)
{
	int e;

	if (n > 0)
		return R_OK;
	e = SSL_get_error(c->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return R_AGAIN;
	if (e == SSL_ERROR_ZERO_RETURN)
		return R_DONE;
	if (e == SSL_ERROR_SYSCALL && errno == EAGAIN)
		return R_DONE; /* a wait the caller misreads as done */
	return R_ERROR;
}

int recv_some(struct conn *c, unsigned char *buf, int size)
{
	int n, bytes = 0;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(c->ssl, buf, size); // expect: OSSL001
		c->last = handle_recv(c, n);
		if (c->last == R_OK) {
			bytes += n;
			if (bytes >= size)
				return bytes;
			continue;
		}
		switch (c->last) {
		case R_AGAIN:
			return bytes;
		case R_ERROR:
			return -1;
		}
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
