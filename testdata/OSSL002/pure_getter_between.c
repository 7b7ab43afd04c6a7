/*
 * Shape: the getters real code calls between the io call and SSL_get_error():
 * nginx checks SSL_get_shutdown()/ERR_peek_error(), libwebsockets calls
 * SSL_pending(), SSL_want_read()/SSL_want_write(); state logging uses
 * SSL_get_state()/SSL_state_string_long(). All are pure (never touch the
 * queue): no OSSL002. Not a specific project.
 *
 * Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void trace(const char *state, int pending, int want, unsigned long top);

int getter_read(SSL *ssl, void *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	trace(SSL_state_string_long(ssl), SSL_pending(ssl), SSL_want(ssl), ERR_peek_error());
	if (SSL_get_state(ssl) == TLS_ST_OK && (SSL_get_shutdown(ssl) & SSL_RECEIVED_SHUTDOWN))
		return 0;
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return -2;
	return -1;
}
