/*
 * Shape: a command sender that keeps the truth of a comparison of its TLS
 * write wrapper's status in a local, from one of two branches (mpop's
 * pop3_send_cmd(): `e = (mtls_puts(...) != TLS_EOK);` or `e = (net_puts(...)
 * != NET_EOK);`, then `if (e) return POP3_EIO;`). The wrapper pushes only
 * when it returns T_EIO, so the sender's 0 proves the write pushed nothing.
 *
 * Expected: nothing in quit(), whose read follows the clear and a sender that
 * returned 0. The twin quit_lenient() goes on after a failed send when it is
 * not strict (`if (e && strict)`): OSSL001 at its read.
 */
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { T_OK = 0, T_EIO = 4 };

struct sess {
	SSL *ssl;
	int tls;
	int fd;
};

int net_puts(int fd, const char *s, size_t n);

static int tls_puts(SSL *ssl, const char *s, size_t n)
{
	int r;

	ERR_clear_error();
	r = SSL_write(ssl, s, (int)n);
	if (r <= 0) {
		BIO_free(BIO_new(BIO_s_mem()));
		return T_EIO;
	}
	return T_OK;
}

static int send_cmd(struct sess *s, const char *line, size_t n)
{
	int e;

	if (s->tls)
		e = (tls_puts(s->ssl, line, n) != T_OK);
	else
		e = (net_puts(s->fd, line, n) != 0);
	if (e)
		return 1;
	return 0;
}

static int send_cmd_lenient(struct sess *s, const char *line, size_t n, int strict)
{
	int e;

	if (s->tls)
		e = (tls_puts(s->ssl, line, n) != T_OK);
	else
		e = (net_puts(s->fd, line, n) != 0);
	if (e && strict)
		return 1;
	return 0;
}

int quit(struct sess *s, char *buf, int len)
{
	int n;

	ERR_clear_error();
	if (send_cmd(s, "QUIT\r\n", 6) != 0)
		return -1;
	n = SSL_read(s->ssl, buf, len);
	if (n <= 0)
		return SSL_get_error(s->ssl, n);
	return n;
}

int quit_lenient(struct sess *s, char *buf, int len, int strict)
{
	int n;

	ERR_clear_error();
	if (send_cmd_lenient(s, "QUIT\r\n", 6, strict) != 0)
		return -1;
	n = SSL_read(s->ssl, buf, len); // expect: OSSL001
	if (n <= 0)
		return SSL_get_error(s->ssl, n);
	return n;
}
