/*
 * A retry loop that leaves on SSL_ERROR_ZERO_RETURN, SSL_ERROR_SYSCALL and
 * SSL_ERROR_SSL and goes round on every other code (shaped after dma's
 * send_remote_command() and read_remote(), net.c): every other code
 * (SSL_ERROR_WANT_*, ...) is one SSL_get_error() gives only with an empty
 * queue, and SSL_ERROR_NONE only for a success, which pushed nothing, so the
 * next pass starts with the queue its caller cleared. The same with a
 * `switch` whose `default:` retries. Twins: a loop that leaves on
 * SSL_ERROR_ZERO_RETURN and SSL_ERROR_SYSCALL only, so that SSL_ERROR_SSL
 * goes round with its error on the queue (OSSL001), and a project's
 * classification wrapper whose own codes say nothing of the queue (-1 for
 * anything but SSL_ERROR_SSL and the wants).
 */
#include <string.h>
void wait_a_little(void);

#include <openssl/err.h>
#include <openssl/ssl.h>

static int send_line(SSL *ssl, const char *cmd) {
	size_t len = strlen(cmd), pos = 0;
	int n, s;

	while (pos < len) {
		if ((n = SSL_write(ssl, cmd + pos, (int)(len - pos))) <= 0) {
			s = SSL_get_error(ssl, n);
			if (s == SSL_ERROR_ZERO_RETURN || s == SSL_ERROR_SYSCALL || s == SSL_ERROR_SSL)
				return -1;
			n = 0;
		}
		pos += (size_t)n;
	}
	return (int)len;
}

static int read_reply(SSL *ssl, char *buf, int size) {
	int len = 0, rlen;

	while (len < size && memchr(buf, '\n', (size_t)len) == NULL) {
		if ((rlen = SSL_read(ssl, buf + len, size - len)) <= 0) {
			switch (SSL_get_error(ssl, rlen)) {
			case SSL_ERROR_ZERO_RETURN:
			case SSL_ERROR_SYSCALL:
			case SSL_ERROR_SSL:
				return -1;
			default:
				wait_a_little();
				continue;
			}
		}
		len += rlen;
	}
	return len;
}

static int send_line_retry_on_ssl_error(SSL *ssl, const char *cmd) {
	size_t len = strlen(cmd), pos = 0;
	int n;

	while (pos < len) {
		if ((n = SSL_write(ssl, cmd + pos, (int)(len - pos))) <= 0) { // expect: OSSL001
			int e = SSL_get_error(ssl, n);
			if (e == SSL_ERROR_ZERO_RETURN || e == SSL_ERROR_SYSCALL)
				return -1;
			n = 0;
		}
		pos += (size_t)n;
	}
	return (int)len;
}

/* The project's own classification: 0 for SSL_ERROR_SSL, 1 for the wants, -1 otherwise. */
static int classify(SSL *ssl, int ret) {
	int e = SSL_get_error(ssl, ret);
	if (e == SSL_ERROR_SSL)
		return 0;
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 1;
	return -1;
}

static int send_line_classified(SSL *ssl, const char *cmd) {
	size_t len = strlen(cmd), pos = 0;
	int n;

	while (pos < len) {
		if ((n = SSL_write(ssl, cmd + pos, (int)(len - pos))) <= 0) { // expect: OSSL001
			if (classify(ssl, n) == 0)
				return -1;
			n = 0;
		}
		pos += (size_t)n;
	}
	return (int)len;
}

int session(SSL *ssl, char *buf, int size) {
	ERR_clear_error();
	if (send_line(ssl, "EHLO x\r\n") < 0 || read_reply(ssl, buf, size) < 0)
		return -1;
	ERR_clear_error();
	if (send_line_retry_on_ssl_error(ssl, "NOOP\r\n") < 0)
		return -1;
	ERR_clear_error();
	return send_line_classified(ssl, "QUIT\r\n");
}
