/*
 * tls_backend_trace() is declared in the project's lib/tls/openssl/ header
 * and defined outside this run: an unknown external function, neutral, not
 * an OpenSSL call that may push (OpenSSL's headers are the .h files of include/openssl).
 * Expected: no finding.
 */
#include <openssl/err.h>

#include "private-lib-tls-openssl.h"

int backend_read(SSL *ssl, char *buf, int len)
{
	int n;

	ERR_clear_error();
	tls_backend_trace(ssl, "read");
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}
