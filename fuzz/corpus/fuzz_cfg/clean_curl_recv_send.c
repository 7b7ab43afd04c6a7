/*
 * Shape: curl lib/vtls/openssl.c (snapshot rc-8_22_0-2-30, 2026): ossl_recv()
 * and ossl_send(). Renamed and stripped; not the real code.
 *
 * Correct: ERR_clear_error() at function entry, only plain assignments before
 * SSL_read()/SSL_write(), SSL_get_error() right after, a switch with both
 * wants, ERR_get_error() only in the error cases after classification.
 * Expected: no finding.
 */
#include <limits.h>
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void failf(const char *fmt, const char *detail, int sockerr);
int sock_errno(void);

enum { E_OK = 0, E_AGAIN = 81, E_RECV = 56, E_SEND = 55 };
struct tls_ctx { SSL *ssl; int io_need; int blocked_len; int io_result; };

int tls_recv(struct tls_ctx *o, char *buf, size_t size, size_t *pnread)
{
	char ebuf[256];
	unsigned long sslerror;
	int nread, err, bsize;

	*pnread = 0;
	ERR_clear_error();
	o->io_need = 0;
	bsize = (size > (size_t)INT_MAX) ? INT_MAX : (int)size;
	nread = SSL_read(o->ssl, buf, bsize);
	if (nread > 0) {
		*pnread = (size_t)nread;
		return E_OK;
	}
	err = SSL_get_error(o->ssl, nread);
	switch (err) {
	case SSL_ERROR_NONE:
	case SSL_ERROR_ZERO_RETURN:
		return E_OK;
	case SSL_ERROR_WANT_READ:
		o->io_need = 1;
		return E_AGAIN;
	case SSL_ERROR_WANT_WRITE:
		o->io_need = 2;
		return E_AGAIN;
	default:
		if (o->io_result == E_AGAIN)
			return E_AGAIN;
		sslerror = ERR_get_error();
		if (nread < 0 || sslerror) {
			ERR_error_string_n(sslerror, ebuf, sizeof(ebuf));
			failf("SSL_read: %s, errno %d", ebuf, sock_errno());
		}
		return E_RECV;
	}
}

int tls_send(struct tls_ctx *o, const void *mem, size_t len, size_t *pnwritten)
{
	char ebuf[256];
	int memlen, nwritten, err;

	*pnwritten = 0;
	ERR_clear_error();
	o->io_need = 0;
	memlen = (len > (size_t)INT_MAX) ? INT_MAX : (int)len;
	if (o->blocked_len && o->blocked_len < memlen)
		memlen = o->blocked_len;
	o->blocked_len = 0;
	nwritten = SSL_write(o->ssl, mem, memlen);
	if (nwritten > 0) {
		*pnwritten = (size_t)nwritten;
		return E_OK;
	}
	err = SSL_get_error(o->ssl, nwritten);
	switch (err) {
	case SSL_ERROR_WANT_READ:
		o->io_need = 1;
		o->blocked_len = memlen;
		return E_AGAIN;
	case SSL_ERROR_WANT_WRITE:
		o->blocked_len = memlen;
		return E_AGAIN;
	case SSL_ERROR_SSL:
		ERR_error_string_n(ERR_get_error(), ebuf, sizeof(ebuf));
		failf("SSL_write() error: %s", ebuf, 0);
		return E_SEND;
	default:
		failf("SSL_write: %s, errno %d", "error", sock_errno());
		return E_SEND;
	}
}
