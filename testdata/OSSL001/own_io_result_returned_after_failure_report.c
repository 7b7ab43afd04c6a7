/*
 * A socket layer whose read classifies its own failure (through an error
 * reporter of its own, which calls SSL_get_error()) and then returns the
 * count for both ways: `if (n <= 0) { report(...); close(...); } return n;`
 * (the shape of git's imap-send socket_read()). It is not an I/O wrapper for
 * its callers, since it classifies the result itself, but a count of at
 * least 1 still says that its read succeeded and that the report did not
 * run: read_line() goes round on a count of at least 1 with the queue it
 * had, empty. No finding at the SSL_read() in sock_read().
 * The twin keeps the finding: sock_read_noted_twin also calls something
 * that may push on its success way (a certificate loaded from a file), so
 * read_line_twin's second pass may read with that error on the queue.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <unistd.h>

struct sock {
	SSL *ssl;
	SSL_CTX *ctx;
	int fd;
};

static void report(const char *what, struct sock *s, int ret)
{
	int e = SSL_get_error(s->ssl, ret);

	if (e == SSL_ERROR_SYSCALL)
		perror(what);
	else if (e != SSL_ERROR_NONE)
		fprintf(stderr, "%s: %s\n", what, ERR_error_string(ERR_get_error(), NULL));
}

static int sock_read(struct sock *s, char *buf, int len)
{
	int n = SSL_read(s->ssl, buf, len);

	if (n <= 0) {
		report("read", s, n);
		close(s->fd);
		s->fd = -1;
	}
	return n;
}

int read_line(struct sock *s, char *buf, int len)
{
	int got = 0;

	ERR_clear_error();
	while (got < len) {
		int n = sock_read(s, buf + got, len - got);

		if (n <= 0)
			return -1;
		got += n;
		if (buf[got - 1] == '\n')
			break;
	}
	return got;
}

static int sock_read_noted_twin(struct sock *s, char *buf, int len)
{
	int n = SSL_read(s->ssl, buf, len); // expect: OSSL001

	if (n <= 0) {
		report("read", s, n);
		close(s->fd);
		s->fd = -1;
	} else {
		SSL_CTX_use_certificate_file(s->ctx, "peer.pem", SSL_FILETYPE_PEM);
	}
	return n;
}

int read_line_twin(struct sock *s, char *buf, int len)
{
	int got = 0;

	ERR_clear_error();
	while (got < len) {
		int n = sock_read_noted_twin(s, buf + got, len - got);

		if (n <= 0)
			return -1;
		got += n;
		if (buf[got - 1] == '\n')
			break;
	}
	return got;
}
