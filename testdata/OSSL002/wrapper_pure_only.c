/*
 * Shape: a same-file debug helper (like libwebsockets' lwsl_debug() calls
 * around SSL_read(), or lws_openssl_describe_cipher()) that calls only pure
 * OpenSSL getters and libc/unknown functions. Its summary does not "may push",
 * so calling it between SSL_read() and SSL_get_error() is fine. The helper is
 * defined after its use. Not a specific project.
 *
 * Expected: no finding.
 */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

static void debug_conn(const SSL *ssl, int n);

int debug_read(SSL *ssl, void *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	debug_conn(ssl, n);
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	switch (e) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

static void debug_conn(const SSL *ssl, int n)
{
	fprintf(stderr, "%s %s n=%d pending=%d peek=%lu\n",
		SSL_get_version(ssl), SSL_state_string(ssl), n,
		SSL_pending(ssl), ERR_peek_last_error());
}
