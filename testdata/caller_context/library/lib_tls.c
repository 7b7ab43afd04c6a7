/*
 * Caller context, a library's public API: lib_tls_read() is called inside the
 * run only after ERR_clear_error(), but .ossl-lint.yaml lists it under
 * entry-points (applications call it): OSSL001. lib_tls_peek() is internal
 * and all its callers clear: no finding.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct lib_conn {
	SSL *ssl;
};

static int classify(struct lib_conn *c, int n)
{
	switch (SSL_get_error(c->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int lib_tls_read(struct lib_conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : classify(c, n);
}

int lib_tls_peek(struct lib_conn *c, char *buf, int len)
{
	int n = SSL_peek(c->ssl, buf, len);
	return n > 0 ? n : classify(c, n);
}

int lib_tls_wait(struct lib_conn *c, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = lib_tls_peek(c, buf, len);
	if (n != 0)
		return n;
	ERR_clear_error();
	return lib_tls_read(c, buf, len);
}
