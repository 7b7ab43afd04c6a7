/*
 * A read's 0 that only returns a failure (shaped after pure-ftpd's
 * dlhandler_handle_commands(), src/ftpd.c 1.0.52, which reads the control
 * channel during a transfer): `if (n == 0) return -2;` hands the caller the
 * same failure as an error would, so a premature close cannot pass for the
 * end of complete data (the exemption shapes 2 and 3 have: a clean close that
 * fails too). A log call on the way changes nothing (watch_commands). The
 * twin also records the close (`c->eof = 1`) before failing, which a caller
 * may read as the end: OSSL005.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int eof;
};

void note(const char *what);
int handle_command(struct conn *c, const char *buf, int n);

static int classify(struct conn *c, int n)
{
	int e = SSL_get_error(c->ssl, n);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int watch_commands(struct conn *c, char *buf, int size)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, size);

	if (n == 0) {
		note("control channel closed");
		return -2;
	}
	if (n < 0)
		return classify(c, n);
	return handle_command(c, buf, n);
}

int watch_commands_marking_eof(struct conn *c, char *buf, int size)
{
	int n;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, size); // expect: OSSL005

	if (n == 0) {
		c->eof = 1;
		return -2;
	}
	if (n < 0)
		return classify(c, n);
	return handle_command(c, buf, n);
}
