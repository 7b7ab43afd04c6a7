/*
 * One variable holds SSL_get_error()'s code, then, on the error path, the
 * queue's codes: each use sees the kind it holds there (the checker follows
 * the value, not the variable's name). Shaped after servers that reuse one
 * `err` for both. Expected: nothing.
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int shutdown_conn(SSL *ssl)
{
	unsigned long err;
	int r;

	ERR_clear_error();
	r = SSL_shutdown(ssl);
	if (r >= 0)
		return r;
	err = (unsigned long)SSL_get_error(ssl, r);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	while ((err = ERR_get_error()) != 0)
		fprintf(stderr, "shutdown: %s\n", ERR_error_string(err, NULL));
	return -1;
}
