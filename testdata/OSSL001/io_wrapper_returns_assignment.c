/*
 * Found by review of the third session of 2026-12-03 (a twin that a change
 * of that session had silenced, fixed the same session): the finding must stay.
 * A read wrapper that returns its result through an assignment,
 * `return n = SSL_read(...)`, is no longer seen as an I/O wrapper, so its
 * caller's stale error (a failed SSL_use_certificate_file) goes unreported. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int tls_read(SSL *ssl, void *buf, int len)
{
	int n;
	return n = SSL_read(ssl, buf, len);
}

int pump(SSL *ssl, char *buf, int len, const char *cert)
{
	if (SSL_use_certificate_file(ssl, cert, SSL_FILETYPE_PEM) != 1)
		cert = NULL; /* go on without one: its error stays queued */
	for (;;) {
		int n = tls_read(ssl, buf, len); // expect: OSSL001
		if (n > 0)
			continue;
		switch (SSL_get_error(ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			continue;
		default:
			return -1;
		}
	}
}
