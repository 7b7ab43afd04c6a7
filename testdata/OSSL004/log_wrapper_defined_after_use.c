/*
 * Shape: a same-file failure logger that prints the queue through
 * ERR_print_errors_cb() (empties it), DEFINED AFTER the function that calls
 * it between SSL_connect() and SSL_get_error(). Not a specific project.
 *
 * Expected: OSSL004 on the call to log_tls_failure(). Clear first: no
 * OSSL001. Both wants: no OSSL003.
 */
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void sink(const char *s, size_t n);

static void log_tls_failure(const char *what);

int dial(SSL *ssl, int *need)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (n == 1)
		return 0;
	log_tls_failure("SSL_connect"); // expect: OSSL004
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		*need = e;
		return 1;
	}
	return -1;
}

static int print_line(const char *str, size_t len, void *u)
{
	(void)u;
	sink(str, len);
	return 1;
}

static void log_tls_failure(const char *what)
{
	sink(what, 0);
	ERR_print_errors_cb(print_line, NULL);
}
