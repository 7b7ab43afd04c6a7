/*
 * Twin of handshake_retry_loop_of_global.c (found by review): on the way
 * round the loop after the failed SSL_accept(), in the block that tests its
 * result, the global is given another SSL, one already established, whose
 * SSL_accept() returns 1 at once without clearing: read_line() is reported
 * with server_init()'s error.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <sys/select.h>

static SSL_CTX *ctx;
static SSL *conn;
SSL *spare; /* an established SSL kept aside */

static int server_init(const char *chain)
{
	ctx = SSL_CTX_new(TLS_server_method());
	if (ctx == NULL)
		return -1;
	SSL_CTX_use_certificate_chain_file(ctx, chain); /* failure left on the queue */
	return 0;
}

static int server_start(int fd)
{
	int ret;
	if ((conn = SSL_new(ctx)) == NULL)
		return -1;
	if (SSL_set_fd(conn, fd) != 1)
		return -1;
	SSL_set_accept_state(conn);
	for (;;) {
		ret = SSL_accept(conn); // expect: OSSL001
		if (ret != 1) {
			int err = SSL_get_error(conn, ret);
			conn = spare; /* not scanned: in the failure test's own block */
			if (ret == -1 && (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)) {
				fd_set fds;
				FD_ZERO(&fds);
				FD_SET(fd, &fds);
				select(fd + 1, err == SSL_ERROR_WANT_READ ? &fds : NULL,
				       err == SSL_ERROR_WANT_WRITE ? &fds : NULL, NULL, NULL);
				continue;
			}
			SSL_free(conn);
			conn = NULL;
			return -1;
		}
		break;
	}
	return 0;
}

static int read_line(char *buf, int len)
{
	int n = SSL_read(conn, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	switch (SSL_get_error(conn, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int serve(const char *chain, int fd)
{
	char buf[512];
	if (server_init(chain) < 0 || server_start(fd) < 0)
		return -1;
	while (read_line(buf, sizeof buf - 1) >= 0)
		fputs(buf, stdout);
	return 0;
}
