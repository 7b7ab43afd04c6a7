/*
 * Shape: nginx src/event/ngx_event_openssl.c (release-1.31.x, HEAD of the
 * snapshot): ngx_ssl_clear_error(), ngx_ssl_recv(), ngx_ssl_handle_recv().
 * Renamed and stripped; not the real code.
 *
 * Real nginx calls ngx_ssl_clear_error() ONCE before its for(;;) loop; the
 * loop only goes round again after SSL_read() returned > 0 (handle_recv gave
 * OK), and a successful SSL_read() does not leave errors. Under the rule as
 * specified (loops: the clear must be inside the loop; any io call may push)
 * the SSL_read() is still reported. This is a KNOWN FALSE POSITIVE of the
 * specified semantics on real, correct code; see testdata/README.md.
 *
 * recv_classify() passes its parameter n to SSL_get_error(): a call to it is
 * the classification of n. Its result goes into a struct field (no OSSL003);
 * inside it both wants are compared. conn_error() drains, after classifying.
 *
 * Expected: OSSL001 on SSL_read, a known false positive (expect-fp): the back
 * edge is taken only when recv_classify() returned R_OK, i.e. after n > 0, a
 * correlation through the wrapper's return value the checker does not track.
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
		n = SSL_read(c->ssl, buf, size); // expect-fp: OSSL001
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
