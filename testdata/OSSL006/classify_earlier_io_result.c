/*
 * A request/response exchange whose error path classifies the request's
 * result after the response was read (a copy-paste): SSL_get_error() reads
 * the state SSL_read() left, whatever SSL_write() returned. Not a specific
 * project. Expected: OSSL006 on the classification (not OSSL002: the call in
 * between is the I/O call whose result should have been classified). The
 * twin classifies each result right after its call and is silent.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int exchange(SSL *ssl, const char *req, int reqlen, char *resp, int resplen)
{
	int w, r, e;

	ERR_clear_error();
	w = SSL_write(ssl, req, reqlen);
	r = SSL_read(ssl, resp, resplen);
	if (r <= 0) {
		e = SSL_get_error(ssl, w); // expect: OSSL006
		return e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ ? 0 : -1;
	}
	return r;
}

int exchange_twin(SSL *ssl, const char *req, int reqlen, char *resp, int resplen)
{
	int w, r, e;

	ERR_clear_error();
	w = SSL_write(ssl, req, reqlen);
	if (w <= 0) {
		e = SSL_get_error(ssl, w);
		return e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ ? 0 : -1;
	}
	ERR_clear_error();
	r = SSL_read(ssl, resp, resplen);
	if (r <= 0) {
		e = SSL_get_error(ssl, r);
		return e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ ? 0 : -1;
	}
	return r;
}

/*
 * lighttpd mod_openssl.c `connection_read_cq_ssl` (2026-07), the acme-tls/1
 * branch: after SSL_read() it runs SSL_do_handshake(), then gives the variable
 * a constant (`len = -1;`) and leaves the loop: SSL_get_error(ssl, len) then
 * classifies the handshake, the last I/O call, as meant. Silent. The twin
 * keeps the read's result in the variable and classifies it after the
 * handshake ran (OSSL006).
 */
int read_then_handshake(SSL *ssl, char *buf, int cap, int acme)
{
	int len;

	ERR_clear_error();
	do {
		len = SSL_read(ssl, buf, cap);
		if (acme) {
			if (SSL_do_handshake(ssl) == 1)
				return -1;
			len = -1;
			break;
		}
	} while (len > 0 && SSL_pending(ssl) > 0);
	if (len < 0)
		return SSL_get_error(ssl, len) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, len) == SSL_ERROR_WANT_WRITE;
	return 0;
}

int read_then_handshake_twin(SSL *ssl, char *buf, int cap, int acme)
{
	int len;

	ERR_clear_error();
	do {
		len = SSL_read(ssl, buf, cap);
		if (acme) {
			if (SSL_do_handshake(ssl) == 1)
				return -1;
			break;
		}
	} while (len > 0 && SSL_pending(ssl) > 0);
	if (len < 0)
		return SSL_get_error(ssl, len) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, len) == SSL_ERROR_WANT_WRITE; // expect: OSSL006
	return 0;
}
