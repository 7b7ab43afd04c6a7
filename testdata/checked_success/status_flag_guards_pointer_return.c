/*
 * A connect helper that ends at one cleanup label and returns the SSL only
 * where a status flag says every step went through (a Gemini client's
 * ssl_connect(), gplaces.c): `ok` is 0 on every failure, and is set from a
 * check that pushes only when it returns 0 (X509_digest() fails with 0).
 * `return ok ? ssl : NULL;` and `if (!ok) return NULL; return ssl;` return
 * the SSL only on ways where `ok` holds the check's success, after the
 * handshake on an SSL fresh from SSL_new() (a local given NULL first), whose
 * state_machine() clears the queue on entry: the helper pushes only when it
 * returns NULL, and its callers' writes, after `== NULL` is false, see an
 * empty queue. Before, the failures' errors reached the cleanup label and
 * every return after it, and a local given NULL before SSL_new() was no fresh
 * SSL. The check may run in a loop whose failure leaves it at once (`if
 * (!ok) goto out;`, open_tls_all()). Twins:
 * status_flag_guards_pointer_return_twin.c, status_flag_review_twins.c.
 */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string.h>

/* 1 where the peer's certificate has the pinned digest; pushes only when
 * it returns 0 */
static int pinned(SSL *ssl, const unsigned char *pin)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	X509 *cert = SSL_get1_peer_certificate(ssl);
	int same;

	if (cert == NULL)
		return 0;
	if (X509_digest(cert, EVP_sha256(), md, &len) == 0) {
		X509_free(cert);
		return 0;
	}
	X509_free(cert);
	same = memcmp(md, pin, len) == 0;
	return same;
}

static SSL *open_tls(SSL_CTX *ctx, int fd, const unsigned char *pin)
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
	ok = pinned(ssl, pin);
out:
	if (!ok && ssl)
		SSL_free(ssl);
	return ok ? ssl : NULL;
}

static SSL *open_tls_if(SSL_CTX *ctx, int fd, const unsigned char *pin)
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
	ok = pinned(ssl, pin);
out:
	if (!ok) {
		SSL_free(ssl);
		return NULL;
	}
	return ssl;
}

/* Every pin must match: the check runs in a loop, but a failure leaves it
 * at once, so no earlier round's failure comes back round to the check. */
static SSL *open_tls_all(SSL_CTX *ctx, int fd, const unsigned char *const *pins, int npins)
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
	for (int i = 0; i < npins; i++) {
		ok = pinned(ssl, pins[i]);
		if (!ok)
			goto out;
	}
out:
	if (!ok && ssl)
		SSL_free(ssl);
	return ok ? ssl : NULL;
}

static int send_all(SSL *ssl, const char *req)
{
	int n = SSL_write(ssl, req, (int)strlen(req));
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

int fetch(SSL_CTX *ctx, int fd, const unsigned char *pin, const char *req)
{
	SSL *ssl;

	if ((ssl = open_tls(ctx, fd, pin)) == NULL)
		return -1;
	int n = SSL_write(ssl, req, (int)strlen(req));
	if (n <= 0) {
		int e = SSL_get_error(ssl, n);
		n = e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	SSL_free(ssl);
	return n;
}

int fetch_if(SSL_CTX *ctx, int fd, const unsigned char *pin, const char *req)
{
	SSL *ssl = open_tls_if(ctx, fd, pin);
	int n;

	if (ssl == NULL)
		return -1;
	n = send_all(ssl, req);
	SSL_free(ssl);
	return n;
}

int fetch_all(SSL_CTX *ctx, int fd, const unsigned char *const *pins, int npins, const char *req)
{
	SSL *ssl = open_tls_all(ctx, fd, pins, npins);
	int n;

	if (ssl == NULL)
		return -1;
	n = send_all(ssl, req);
	SSL_free(ssl);
	return n;
}
