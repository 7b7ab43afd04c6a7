/*
 * Shape: a state switch where every path falls through into (or jumps to) a
 * clear after the last pushing call. Not a specific project.
 *
 * Paths: ATTACH pushes (SSL_set_fd) then falls through to the default label
 * that clears; every other state goes straight to the default. So the last
 * event before SSL_accept() is always the clear. Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum st { ST_ATTACH, ST_ACCEPT, ST_AGAIN };
struct srv { SSL *ssl; int fd; enum st st; };

int srv_accept(struct srv *s)
{
	int n, e;

	switch (s->st) {
	case ST_ATTACH:
		(void) SSL_set_fd(s->ssl, s->fd);
		/* fall through */
	default:
		ERR_clear_error();
		break;
	}
	n = SSL_accept(s->ssl);
	if (n == 1)
		return 0;
	e = SSL_get_error(s->ssl, n);
	switch (e) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		s->st = ST_AGAIN;
		return 1;
	default:
		return -1;
	}
}
