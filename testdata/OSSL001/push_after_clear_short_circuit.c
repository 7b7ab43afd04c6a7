/*
 * Shape: client connect set-up where the clear comes first and then the
 * socket is attached inside a short-circuit condition. Not a specific project.
 *
 * SSL_set_fd() pushes an error only when it fails (returns 0). In
 * client_connect its result is checked: SSL_connect() runs only where it
 * returned 1, so the queue is still clean: no finding. In
 * client_connect_unchecked the `&&` only decides whether to attach the socket,
 * and SSL_connect() runs whatever SSL_set_fd() returned: the last event that
 * may leave an error is SSL_set_fd(), after the clear: OSSL001.
 *
 * Both wants handled: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct client { SSL *ssl; int fd; int need; int attach; };

int client_connect(struct client *cl)
{
	int n, e;

	ERR_clear_error();
	if (cl->ssl == NULL || SSL_set_fd(cl->ssl, cl->fd) != 1)
		return -1;
	n = SSL_connect(cl->ssl);
	if (n == 1)
		return 0;
	e = SSL_get_error(cl->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		cl->need = e;
		return 1;
	}
	return -1;
}

int client_connect_unchecked(struct client *cl)
{
	int n, e;

	ERR_clear_error();
	if (cl->attach && SSL_set_fd(cl->ssl, cl->fd))
		cl->attach = 0;
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
