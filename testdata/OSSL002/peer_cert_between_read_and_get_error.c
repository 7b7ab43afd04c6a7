/*
 * Shape: a read path that fetches the peer certificate (for logging or
 * authorization) right after SSL_read() and before SSL_get_error(). Seen in
 * many hand-written servers; not a specific project. X509_NAME_oneline() may
 * push; SSL_get1_peer_certificate() and X509_get_subject_name() only read
 * (pure in rules/openssl-derived.yaml, derived from OpenSSL's code).
 *
 * Expected: OSSL002 on X509_NAME_oneline. X509_free
 * is a destructor, pure in the checker's model (rules/openssl-api.yaml; the
 * brief's role list would make it "pushes"): not a finding. Clear before the
 * read: no OSSL001. Both wants: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

void log_peer(const char *who, int n);

int authed_read(SSL *ssl, void *buf, int len)
{
	int n, err;
	char name[256];
	X509 *peer;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	peer = SSL_get1_peer_certificate(ssl);
	if (peer != NULL) {
		X509_NAME_oneline(X509_get_subject_name(peer), name, sizeof(name)); // expect: OSSL002
		log_peer(name, n);
		X509_free(peer); /* a destructor: pure in the model, not a finding */
	}
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	return (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) ? 0 : -1;
}
