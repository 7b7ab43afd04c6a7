/*
 * Twins of status_flag_guards_pointer_return.c, each still reported:
 * - open_tls_flag_on_failure(): a failed handshake sets the flag too (a
 *   "soft" failure kept open), so the SSL comes back on a way where the
 *   handshake's error is on the queue;
 * - open_tls_logged(): the flag is set before a call that may push even when
 *   it succeeds (the certificate's subject printed into a memory BIO): the
 *   flag says nothing of that push;
 * - open_tls_reused(): the SSL is a spare one of the connection's (NULL or an
 *   SSL used before), not one fresh from SSL_new(): its handshake may be over,
 *   so SSL_do_handshake() returns 1 at once and clears nothing, and the error
 *   the unchecked SSL_CTX_load_verify_locations() left is still there.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string.h>

struct conn {
	SSL_CTX *ctx;
	SSL *spare;
	int fd;
};

static SSL *open_tls_flag_on_failure(SSL_CTX *ctx, int fd)
{
	SSL *ssl = NULL;
	int ok = 0;

	if ((ssl = SSL_new(ctx)) == NULL)
		goto out;
	if (!SSL_set_fd(ssl, fd))
		goto out;
	SSL_set_connect_state(ssl);
	if (SSL_do_handshake(ssl) != 1) {
		ok = 1; /* retried later */
		goto out;
	}
	ok = 1;
out:
	if (!ok && ssl)
		SSL_free(ssl);
	return ok ? ssl : NULL;
}

static SSL *open_tls_logged(SSL_CTX *ctx, int fd, BIO *log)
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
	ok = 1;
	X509_NAME_print_ex(log, X509_get_subject_name(SSL_get0_peer_certificate(ssl)), 0, XN_FLAG_ONELINE);
out:
	if (!ok && ssl)
		SSL_free(ssl);
	return ok ? ssl : NULL;
}

static SSL *open_tls_reused(struct conn *c, const char *ca)
{
	SSL *ssl = c->spare;
	int ok = 0;

	SSL_CTX_load_verify_locations(c->ctx, ca, NULL); /* failure left on the queue */
	if (ssl == NULL && (ssl = SSL_new(c->ctx)) == NULL)
		goto out;
	if (!SSL_set_fd(ssl, c->fd))
		goto out;
	if (SSL_do_handshake(ssl) != 1)
		goto out;
	ok = 1;
out:
	return ok ? ssl : NULL;
}

static int write_req(SSL *ssl, const char *req)
{
	int n = SSL_write(ssl, req, (int)strlen(req)); // expect: OSSL001
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

static int write_req_logged(SSL *ssl, const char *req)
{
	int n = SSL_write(ssl, req, (int)strlen(req)); // expect: OSSL001
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

static int write_req_reused(SSL *ssl, const char *req)
{
	int n = SSL_write(ssl, req, (int)strlen(req)); // expect: OSSL001
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

int fetch(SSL_CTX *ctx, int fd, const char *req)
{
	SSL *ssl = open_tls_flag_on_failure(ctx, fd);
	if (ssl == NULL)
		return -1;
	return write_req(ssl, req);
}

int fetch_logged(SSL_CTX *ctx, int fd, BIO *log, const char *req)
{
	ERR_clear_error();
	SSL *ssl = open_tls_logged(ctx, fd, log);
	if (ssl == NULL)
		return -1;
	return write_req_logged(ssl, req);
}

int fetch_reused(struct conn *c, const char *ca, const char *req)
{
	ERR_clear_error();
	SSL *ssl = open_tls_reused(c, ca);
	if (ssl == NULL)
		return -1;
	return write_req_reused(ssl, req);
}
