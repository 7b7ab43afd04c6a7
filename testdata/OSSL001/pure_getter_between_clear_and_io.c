/*
 * Shape: getters called after the clear and before the io call, like
 * nginx's SSL_in_init()/SSL_get_shutdown() checks or libwebsockets'
 * SSL_pending() bookkeeping. They never touch the queue (pure), so the clear
 * still covers SSL_shutdown(). Not a specific project.
 *
 * Expected: no finding. (The second SSL_shutdown() after a 0 return is not
 * classified: no OSSL001 for it.)
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int close_notify(SSL *ssl, int *want)
{
	int n, e;

	ERR_clear_error();
	if (SSL_in_init(ssl) || SSL_get_fd(ssl) < 0)
		return 0;
	if (SSL_get_shutdown(ssl) & SSL_SENT_SHUTDOWN)
		return 0;
	n = SSL_shutdown(ssl);
	if (n == 1)
		return 0;
	if (n == 0) {
		(void) SSL_shutdown(ssl);
		return 0;
	}
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		*want = e;
		return 1;
	}
	return -1;
}
