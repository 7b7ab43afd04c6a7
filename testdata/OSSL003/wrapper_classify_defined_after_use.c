/*
 * Shape: a same-file classify wrapper (like libwebsockets' lws_ssl_get_error,
 * defined here AFTER its caller) that returns SSL_get_error()'s result: inside
 * it the result is returned (not reported there). The caller compares the
 * wrapper's result with SSL_ERROR_WANT_READ only.
 *
 * Expected: OSSL003 on the call to conn_ssl_error() in conn_handshake().
 * Clear first: no OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct hconn { SSL *ssl; int pollin; };

int conn_ssl_error(struct hconn *c, int ret);

int conn_handshake(struct hconn *c)
{
	int n, m;

	ERR_clear_error();
	n = SSL_do_handshake(c->ssl);
	if (n == 1)
		return 0;
	m = conn_ssl_error(c, n); // expect: OSSL003
	if (m == SSL_ERROR_WANT_READ) {
		c->pollin = 1;
		return 1;
	}
	return -1;
}

int conn_ssl_error(struct hconn *c, int ret)
{
	if (!c->ssl)
		return SSL_ERROR_SSL;
	return SSL_get_error(c->ssl, ret);
}
