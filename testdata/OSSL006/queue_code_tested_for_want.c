/*
 * A read loop that tests the code of the error queue for SSL_ERROR_WANT_READ
 * (the mix-up of seed 001: ERR_get_error() for SSL_get_error()). A read that
 * would block leaves the queue empty, so the code is 0, never 2: the loop
 * drops a healthy non-blocking connection (reference/tests: the runtime
 * proof). Shaped after small servers' read loops; not a specific project.
 * Expected: OSSL006 on the comparison. The twin classifies with
 * SSL_get_error() and is silent.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int read_some(SSL *ssl, char *buf, int len)
{
	int n;

	for (;;) {
		ERR_clear_error();
		n = SSL_read(ssl, buf, len);
		if (n > 0)
			return n;
		unsigned long e = ERR_get_error();
		if (e == SSL_ERROR_WANT_READ) // expect: OSSL006
			continue;
		return -1;
	}
}

int read_some_twin(SSL *ssl, char *buf, int len)
{
	int n;

	for (;;) {
		ERR_clear_error();
		n = SSL_read(ssl, buf, len);
		if (n > 0)
			return n;
		int e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			continue;
		return -1;
	}
}
