/*
 * Shape: handshake code that grabs the peer certificate in a ?: and jumps to
 * a shared `fail:` label whose first statement frees a scratch BIO before the
 * classification (goto-based error path). Not a specific project.
 *
 * Expected: no OSSL002 on SSL_get1_peer_certificate (it only reads: pure in
 * rules/openssl-derived.yaml, derived from OpenSSL's code) and OSSL002 on BIO_reset at the label (a macro over BIO_ctrl: pushes). BIO_free
 * is a destructor, pure in the checker's model: not a finding. Clear first:
 * no OSSL001. Both wants.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
#include <openssl/x509.h>

int verify_name(X509 *cert);

int handshake_verify(SSL *ssl, BIO *scratch)
{
	int n, e;
	X509 *cert;

	ERR_clear_error();
	n = SSL_do_handshake(ssl);
	cert = (n == 1) ? SSL_get1_peer_certificate(ssl) : NULL;
	if (cert == NULL || !verify_name(cert))
		goto fail;
	return 0;
fail:
	(void) BIO_reset(scratch); // expect: OSSL002
	BIO_free(scratch); /* a destructor: pure in the model, not a finding */
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 1;
	return -1;
}
