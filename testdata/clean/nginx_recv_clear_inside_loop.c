/*
 * Shape: nginx ngx_ssl_recv()/ngx_ssl_handle_recv() (ngx_event_openssl.c),
 * with ngx_ssl_clear_error() moved INSIDE the for(;;) loop, before each
 * SSL_read(). NOTE: real nginx calls it once before the loop (see
 * testdata/OSSL001/nginx_recv_clear_before_loop.c, reported under the
 * specified semantics); this is the variant that satisfies the rule.
 * Renamed and stripped.
 *
 * recv_classify() classifies its parameter n; its outcome goes into a struct
 * field; inside it both wants are compared and the drain happens after
 * SSL_get_error(). Expected: no finding.
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

	while ((n = ERR_get_error()) != 0) {
		ERR_error_string_n(n, buf, sizeof(buf));
		log_alert(msg, buf);
	}
}

static void clear_stale_errors(void)
{
	if (ERR_peek_error())
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

	for (;;) {
		clear_stale_errors();
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
		switch (c->last) {
		case R_DONE:
			return 0;
		case R_ERROR:
			c->read_ready = 0;
			/* fall through */
		default:
			return c->last;
		}
	}
}
