/*
 * A classification assigned inside another call's argument (`trace(err =
 * SSL_get_error(...))`): err holds it and is what the code tests, so one want
 * tested alone is reported as when the assignment is a statement of its own
 * (found by review: a change that took such an argument for the call's result
 * passed on, and so out of the function, lost it). Both functions: OSSL003.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void trace_code(const char *what, int code);

int read_traced_inline(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	trace_code("SSL_read", err = SSL_get_error(ssl, n)); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}

int read_traced(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	trace_code("SSL_read", err);
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}
