/*
 * A read loop that leaves on 0 and on a negative result, each in a test of
 * its own, and goes round only after a success (n >= 1): the two tests
 * together rule out every failure value (-1 and 0), so the pass that goes
 * round pushed nothing and the clear before the loop covers the next read.
 * Each test alone proves nothing; the analysis keeps which failure values
 * the tests on the way ruled out. Before, the second read was reported with
 * "a pass through the loop" (the shape of ekg2's jabber_handle_stream()).
 * The twin below rules out only 0 and -2 (a typo for `n < 0`): a -1 goes
 * round, and its error reaches the next read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

extern int consume(const char *buf, int n);

int pump(SSL *ssl)
{
	char buf[4096];
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, (int)sizeof(buf));
		if (n == 0) {
			if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
				return 0;
			return -1;
		}
		if (n < 0) {
			int e = SSL_get_error(ssl, n);
			if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
				return 1;
			return -1;
		}
		if (!consume(buf, n))
			return -1;
	}
}

int pump_twin(SSL *ssl)
{
	char buf[4096];
	int n;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, (int)sizeof(buf)); // expect: OSSL001
		if (n == 0) {
			if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
				return 0;
			return -1;
		}
		if (n < -1) {
			int e = SSL_get_error(ssl, n);
			if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
				return 1;
			return -1;
		}
		if (!consume(buf, n))
			return -1;
	}
}
