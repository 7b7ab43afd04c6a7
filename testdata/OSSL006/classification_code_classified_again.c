/*
 * Shape: a shutdown's failure classified, the code kept in the result's own
 * variable, then classified again for a log line (pen's close_conn(): `n =
 * SSL_get_error(ssl, n); ... ERR_error_string(SSL_get_error(ssl, n), NULL)`).
 * The second SSL_get_error() gets a code (1 for SSL_ERROR_SSL, 5 for
 * SSL_ERROR_SYSCALL), which it takes for an I/O result above 0: it says
 * SSL_ERROR_NONE, and the log line names error 0.
 *
 * Expected: OSSL006 at the second classification, and at ERR_error_string(),
 * which is given an SSL_get_error() code; nothing in close_logged(), which
 * keeps the first code and describes the queue's.
 */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void close_conn(SSL *ssl)
{
	int n;

	ERR_clear_error();
	n = SSL_shutdown(ssl);
	if (n == -1) {
		n = SSL_get_error(ssl, n);
		fprintf(stderr, "shutdown: %s\n",
			ERR_error_string( // expect: OSSL006
				SSL_get_error(ssl, n), NULL)); // expect: OSSL006
	}
	SSL_free(ssl);
}

void close_logged(SSL *ssl)
{
	int n, e;

	ERR_clear_error();
	n = SSL_shutdown(ssl);
	if (n == -1) {
		e = SSL_get_error(ssl, n);
		fprintf(stderr, "shutdown: code %d: %s\n", e, ERR_error_string(ERR_get_error(), NULL));
	}
	SSL_free(ssl);
}
