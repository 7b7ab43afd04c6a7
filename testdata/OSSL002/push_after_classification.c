/*
 * Shape: PostgreSQL be_tls_open_server() (src/backend/libpq/
 * be-secure-openssl.c): after a successful SSL_accept() it calls
 * SSL_get_peer_certificate() and X509_* functions; on failure it classifies
 * first and reports afterwards. Pushing calls AFTER the classification, or on
 * the success path that never reaches it, are not OSSL002. Stripped/renamed.
 *
 * Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

void report(const char *what, const char *detail);

int accept_and_inspect(SSL *ssl, X509 **peer_out)
{
	int r, err;
	X509 *peer;

	ERR_clear_error();
	r = SSL_accept(ssl);
	if (r == 1) {
		peer = SSL_get1_peer_certificate(ssl);
		if (peer != NULL && X509_get_subject_name(peer) == NULL) {
			X509_free(peer);
			return -1;
		}
		*peer_out = peer;
		return 0;
	}
	err = SSL_get_error(ssl, r);
	peer = SSL_get1_peer_certificate(ssl);
	if (peer != NULL)
		X509_free(peer);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 1;
	report("accept", ERR_reason_error_string(ERR_get_error()));
	return -1;
}
