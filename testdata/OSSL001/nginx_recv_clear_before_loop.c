/*
 * Shape: nginx src/event/ngx_event_openssl.c (release-1.31.x, HEAD of the
 * snapshot): ngx_ssl_clear_error(), ngx_ssl_recv(), ngx_ssl_handle_recv().
 * Renamed and stripped; not the real code.
 *
 * Real nginx calls ngx_ssl_clear_error() ONCE before its for(;;) loop; the loop
 * only goes round again after SSL_read() returned > 0, and a successful
 * SSL_read() leaves no error. The checker knows that only through the wrapper's
 * return value: recv_classify() returns R_OK only where `n > 0` (the `?:`
 * returns R_ERROR or R_OK there), and the loop repeats on `c->last == R_OK`,
 * a field through a pointer that nothing changes between the store and the test.
 *
 * recv_classify() passes its parameter n to SSL_get_error(): a call to it is
 * the classification of n. Its result goes into a struct field (no OSSL003);
 * inside it both wants are compared. log_ssl_errors() drains, after classifying.
 *
 * Expected: nothing. (Before return-value summaries ossl-lint reported OSSL001
 * on SSL_read here: a false positive. testdata/OSSL001/wrapper_retval_*.c hold
 * the variants that must still be reported.)
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void log_alert(const char *msg, const char *err);
int handle_write_event(void *c);

enum { R_OK = 0, R_AGAIN = -2, R_DONE = -4, R_ERROR = -1 };
struct ngx_conn { SSL *ssl; int last; int read_ready; int write_ready; };

static void log_ssl_errors(const char *msg)
{
	char buf[256];
	unsigned long n;

	for (;;) {
		n = ERR_peek_error();
		if (n == 0)
			break;
		ERR_error_string_n(n, buf, sizeof(buf));
		log_alert(msg, buf);
		(void) ERR_get_error();
	}
}

static void clear_stale_errors(void)
{
	while (ERR_peek_error())
		log_ssl_errors("ignoring stale global SSL error");
	ERR_clear_error();
}

static int recv_classify(struct ngx_conn *c, int n)
{
	int sslerr;

	if (n > 0)
		return handle_write_event(c) ? R_ERROR : R_OK;
	sslerr = SSL_get_error(c->ssl, n);
	if (sslerr == SSL_ERROR_WANT_READ) {
		c->read_ready = 0;
		return R_AGAIN;
	}
	if (sslerr == SSL_ERROR_WANT_WRITE) {
		c->write_ready = 0;
		return R_AGAIN;
	}
	if (sslerr == SSL_ERROR_ZERO_RETURN || ERR_peek_error() == 0)
		return R_DONE;
	log_ssl_errors("SSL_read() failed");
	return R_ERROR;
}

int ngx_like_recv(struct ngx_conn *c, unsigned char *buf, int size)
{
	int n, bytes = 0;

	clear_stale_errors();
	for (;;) {
		n = SSL_read(c->ssl, buf, size);
		if (n > 0)
			bytes += n;
		c->last = recv_classify(c, n);
		if (c->last == R_OK) {
			size -= n;
			if (size == 0)
				return bytes;
			buf += n;
			continue;
		}
		if (bytes)
			return bytes;
		return c->last == R_DONE ? 0 : c->last;
	}
}
