/*
 * Shape: client connect set-up where the clear comes first and then the
 * socket is attached inside an && condition (SSL_set_fd() is declared in
 * openssl/ssl.h and is not pure: it may push). Not a specific project.
 *
 * The last event before SSL_connect() that may leave an error is
 * SSL_set_fd(), after the clear.
 *
 * Expected: OSSL001 on SSL_connect. Both wants handled: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct client { SSL *ssl; int fd; int need; };

int client_connect(struct client *cl)
{
	int n, e;

	ERR_clear_error();
	if (cl->ssl == NULL || SSL_set_fd(cl->ssl, cl->fd) != 1)
		return -1;
	n = SSL_connect(cl->ssl); // expect: OSSL001
	if (n == 1)
		return 0;
	e = SSL_get_error(cl->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		cl->need = e;
		return 1;
	}
	return -1;
}
