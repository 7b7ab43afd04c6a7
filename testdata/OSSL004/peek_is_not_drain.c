/*
 * Shape: nginx ngx_ssl_handshake()/ngx_ssl_handle_recv() test
 * `ERR_peek_error() == 0` to tell a clean close; CPython PySSL_SetError()
 * reads ERR_peek_last_error(). Peeking and formatting (ERR_error_string_n,
 * ERR_GET_REASON) do not remove anything: pure, not OSSL004, even between the
 * io call and the classification. Not a specific project.
 *
 * Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void note_reason(int reason, const char *text);

int peek_then_classify(SSL *ssl, void *buf, int len)
{
	int n, e;
	char text[256];
	unsigned long top, last;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	top = ERR_peek_error();
	last = ERR_peek_last_error();
	if (n <= 0 && top != 0) {
		ERR_error_string_n(last, text, sizeof(text));
		note_reason(ERR_GET_REASON(top), text);
	}
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
		return 0;
	return (e == SSL_ERROR_ZERO_RETURN || ERR_peek_error() == 0) ? 0 : -1;
}
