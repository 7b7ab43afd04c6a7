/*
 * After the handshake is proven a success (`rc > 0`), a helper that drains
 * the queue (the peer name check) and then a describe helper that calls
 * SSL_get_error() with a constant 0 to word a certificate failure (the shape
 * of odyssey's mm_tls_handshake): the handshake left no error to classify,
 * so nothing the drain takes is the I/O call's. Silent.
 * The twins keep the finding: one drains on the failed handshake's way,
 * before its describe helper classifies the result; in the other, `rc > 0`
 * proves nothing on the way where a lenient mode set rc to 1 after a failed
 * handshake (found by review).
 */
#include <stdio.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

static void tls_error(SSL *ssl, int rc, const char *what)
{
	int e = SSL_get_error(ssl, rc);
	unsigned long code = ERR_get_error();

	fprintf(stderr, "%s: %d %lu\n", what, e, code);
}

static int verify_name(SSL *ssl, const char *name)
{
	X509 *cert = SSL_get_peer_certificate(ssl);
	unsigned long code;
	int ok = cert != NULL && name != NULL;

	while ((code = ERR_get_error()) != 0)
		fprintf(stderr, "verify: %lu\n", code);
	X509_free(cert);
	return ok ? 0 : -1;
}

int handshake(SSL *ssl, const char *name)
{
	int rc;

	ERR_clear_error();
	rc = SSL_connect(ssl);
	if (rc <= 0) {
		int e = SSL_get_error(ssl, rc);

		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		tls_error(ssl, rc, "SSL_connect()");
		return -1;
	}
	if (verify_name(ssl, name) == -1)
		return -1;
	if (SSL_get_verify_result(ssl) != X509_V_OK) {
		tls_error(ssl, 0, "SSL_get_verify_result()");
		return -1;
	}
	return 1;
}

int handshake_twin(SSL *ssl, const char *name)
{
	int rc;

	ERR_clear_error();
	rc = SSL_connect(ssl);
	if (rc <= 0) {
		if (verify_name(ssl, name) == -1) // expect: OSSL004
			fprintf(stderr, "no name\n");
		tls_error(ssl, rc, "SSL_connect()");
		return -1;
	}
	return 1;
}

int handshake_lenient_twin(SSL *ssl, const char *name, int lenient)
{
	int rc;

	ERR_clear_error();
	rc = SSL_connect(ssl);
	if (rc <= 0 && lenient)
		rc = 1;
	if (rc > 0) {
		if (verify_name(ssl, name) == -1) { // expect: OSSL004
			tls_error(ssl, 0, "verify");
			return -1;
		}
		return 1;
	}
	tls_error(ssl, rc, "SSL_connect()");
	return -1;
}
