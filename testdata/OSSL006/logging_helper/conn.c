/*
 * The callers of tls_log.c's helpers: an SSL_get_error() code given to
 * tls_log_error() (which formats it as a queue code, two calls down), and a
 * queue code given to tls_want_name() (which compares it with SSL_ERROR_*),
 * and tls_last_error()'s queue code compared with SSL_ERROR_WANT_WRITE.
 * Expected: OSSL006 on those two calls and on the comparison. The twins give each helper its own
 * kind of code and are silent.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "tls_log.h"

int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	tls_log_failure("read", err); // expect: OSSL006
	return -1;
}

const char *conn_state(void)
{
	return tls_want_name(ERR_peek_error()); // expect: OSSL006
}

int conn_read_twin(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	tls_log_failure("read", ERR_get_error());
	return -1;
}

const char *conn_state_twin(SSL *ssl, int n)
{
	return tls_want_name(SSL_get_error(ssl, n));
}

int conn_blocked_on_write(void)
{
	return tls_last_error() == SSL_ERROR_WANT_WRITE; // expect: OSSL006
}
