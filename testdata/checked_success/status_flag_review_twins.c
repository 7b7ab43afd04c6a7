/*
 * Twins of status_flag_guards_pointer_return.c from its review, each still
 * reported:
 * - open_any_pin(): the flag is set by a check called in a loop (`for (...;
 *   !ok; i++) ok = pinned(...)`): a first pin whose digest cannot be fetched
 *   pushes and fails, a second matches, and the SSL comes back with the first
 *   round's error queued; a split by the call would leave out its earlier
 *   rounds' pushes (not done for a call in a loop, here and for a returned
 *   variable's split);
 * - handshake_twice(): an SSL given NULL first, then SSL_new(), connected,
 *   then handed to SSL_do_handshake() again after a digest that may push:
 *   the second handshake call finds the handshake over, returns 1 at once and
 *   clears nothing (an SSL is fresh only where no handshake or I/O ran on it
 *   since SSL_new());
 * - pin_state(): an `unsigned char` check whose failure is `return -1;`
 *   returns 255, which its caller's `< 0` test lets through: its failure
 *   value is not -1 for the callers (the constants as written count only
 *   where the return type holds them).
 */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string.h>

struct pin {
	const EVP_MD *md;
	unsigned char digest[EVP_MAX_MD_SIZE];
};

static int pinned(SSL *ssl, const struct pin *pin)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	X509 *cert = SSL_get0_peer_certificate(ssl);

	if (cert == NULL)
		return 0;
	if (X509_digest(cert, pin->md, md, &len) == 0)
		return 0;
	return memcmp(md, pin->digest, len) == 0;
}

static SSL *open_any_pin(SSL_CTX *ctx, int fd, const struct pin *pins, int npins)
{
	SSL *ssl = NULL;
	int ok = 0;

	if ((ssl = SSL_new(ctx)) == NULL)
		goto out;
	if (!SSL_set_fd(ssl, fd))
		goto out;
	SSL_set_connect_state(ssl);
	if (SSL_do_handshake(ssl) != 1)
		goto out;
	for (int i = 0; i < npins && !ok; i++)
		ok = pinned(ssl, &pins[i]);
out:
	if (!ok && ssl)
		SSL_free(ssl);
	return ok ? ssl : NULL;
}

int fetch_any_pin(SSL_CTX *ctx, int fd, const struct pin *pins, int npins, const char *req)
{
	SSL *ssl = open_any_pin(ctx, fd, pins, npins);
	int n;

	if (ssl == NULL)
		return -1;
	n = SSL_write(ssl, req, (int)strlen(req)); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		n = e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	SSL_free(ssl);
	return n;
}

int handshake_twice(SSL_CTX *ctx, int fd, const EVP_MD *md, char *buf, int cap)
{
	SSL *ssl = NULL;
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	int n = -1;

	ERR_clear_error();
	if ((ssl = SSL_new(ctx)) == NULL)
		return -1;
	if (!SSL_set_fd(ssl, fd))
		goto out;
	if (SSL_connect(ssl) != 1)
		goto out;
	X509 *cert = SSL_get0_peer_certificate(ssl);
	if (cert != NULL)
		X509_digest(cert, md, digest, &len); /* may fail and push */
	if (SSL_do_handshake(ssl) != 1)
		goto out;
	n = SSL_read(ssl, buf, cap); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		n = e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
out:
	SSL_free(ssl);
	return n;
}

static unsigned char pin_state(SSL *ssl, const EVP_MD *md, unsigned char *out)
{
	unsigned int len = 0;
	X509 *cert = SSL_get0_peer_certificate(ssl);

	if (cert == NULL)
		return 0;
	if (X509_digest(cert, md, out, &len) == 0)
		return -1;
	return 1;
}

int send_pinned(SSL *ssl, const EVP_MD *md, unsigned char *out, const char *req)
{
	ERR_clear_error();
	int state = pin_state(ssl, md, out);
	if (state < 0)
		return -1;
	int n = SSL_write(ssl, req, (int)strlen(req)); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		n = e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	return n;
}
