/*
 * Shape: nginx src/event/ngx_event_openssl.c (release-1.31.x snapshot):
 * ngx_ssl_clear_error() (drains stale errors with a logging loop, then
 * ERR_clear_error: summary "clears"), ngx_ssl_error() (peek/pop loop:
 * drains), ngx_ssl_handshake() and ngx_ssl_write(). Renamed and stripped.
 *
 * Correct: clear right before SSL_do_handshake()/SSL_write(), nothing but
 * logging between the io call and SSL_get_error(), both wants handled,
 * ERR_peek_error() (pure) and the error logger (drain) only after the
 * classification. Expected: no finding.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void log_error(int level, int err, const char *msg, const char *detail);
void log_debug(const char *fmt, int n);
int handle_read_event(void *c);
int handle_write_event(void *c);

enum { NGX_OK = 0, NGX_ERROR = -1, NGX_AGAIN = -2 };
struct nconn { SSL *ssl; int handshaked; int read_ready; int write_ready; long sent; };

static void ssl_error(int level, int err, const char *msg)
{
	char buf[256];
	unsigned long n;

	for (;;) {
		n = ERR_peek_error();
		if (n == 0)
			break;
		ERR_error_string_n(n, buf, sizeof(buf));
		log_error(level, err, msg, buf);
		(void) ERR_get_error();
	}
}

static void ssl_clear_error(void)
{
	while (ERR_peek_error())
		ssl_error(1, 0, "ignoring stale global SSL error");
	ERR_clear_error();
}

int nginx_like_handshake(struct nconn *c)
{
	int n, sslerr, err;

	ssl_clear_error();
	n = SSL_do_handshake(c->ssl);
	log_debug("SSL_do_handshake: %d", n);
	if (n == 1) {
		if (handle_read_event(c) != NGX_OK || handle_write_event(c) != NGX_OK)
			return NGX_ERROR;
		c->handshaked = 1;
		return NGX_OK;
	}
	sslerr = SSL_get_error(c->ssl, n);
	log_debug("SSL_get_error: %d", sslerr);
	if (sslerr == SSL_ERROR_WANT_READ) {
		c->read_ready = 0;
		return handle_read_event(c) != NGX_OK ? NGX_ERROR : NGX_AGAIN;
	}
	if (sslerr == SSL_ERROR_WANT_WRITE) {
		c->write_ready = 0;
		return handle_write_event(c) != NGX_OK ? NGX_ERROR : NGX_AGAIN;
	}
	err = (sslerr == SSL_ERROR_SYSCALL) ? errno : 0;
	if (sslerr == SSL_ERROR_ZERO_RETURN || ERR_peek_error() == 0) {
		log_error(2, err, "peer closed connection in SSL handshake", "");
		return NGX_ERROR;
	}
	ssl_error(2, err, "SSL_do_handshake() failed");
	return NGX_ERROR;
}

long nginx_like_write(struct nconn *c, const unsigned char *data, int size)
{
	int n, sslerr, err;

	ssl_clear_error();
	log_debug("SSL to write: %d", size);
	n = SSL_write(c->ssl, data, size);
	log_debug("SSL_write: %d", n);
	if (n > 0) {
		c->sent += n;
		return n;
	}
	sslerr = SSL_get_error(c->ssl, n);
	if (sslerr == SSL_ERROR_ZERO_RETURN)
		sslerr = SSL_ERROR_SYSCALL;
	err = (sslerr == SSL_ERROR_SYSCALL) ? errno : 0;
	if (sslerr == SSL_ERROR_WANT_WRITE) {
		c->write_ready = 0;
		return NGX_AGAIN;
	}
	if (sslerr == SSL_ERROR_WANT_READ) {
		c->read_ready = 0;
		return handle_read_event(c) != NGX_OK ? NGX_ERROR : NGX_AGAIN;
	}
	ssl_error(2, err, "SSL_write() failed");
	return NGX_ERROR;
}
