/*
 * Shape: lighttpd mod_openssl.c `mod_openssl_close_notify` (2026-07): after
 * SSL_shutdown() returned 0, the records still pending are read into a local
 * buffer and thrown away, until a read returns <= 0; then SSL_shutdown() runs
 * again and its result, kept in the same variable, is tested for 0 (the peer's
 * close_notify has not come yet). That `0 == ret` tests the shutdown's result,
 * not the read's: no data is taken as complete. Silent.
 *
 * The twin tests the read's own 0 as the end of the data and returns as if the
 * stream had ended cleanly, without asking SSL_get_error() (OSSL005).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int close_notify(SSL *ssl, int *again)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(ssl);
	if (ret == 1)
		return -2;
	if (ret == 0) {
		if (SSL_pending(ssl)) {
			do {
				char buf[4096];
				ret = SSL_read(ssl, buf, (int)sizeof(buf));
			} while (ret > 0);
		}
		ERR_clear_error();
		ret = SSL_shutdown(ssl);
		if (ret == 1)
			return -2;
		if (ret == 0) {
			*again = 1;
			return 0;
		}
	}
	if (SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, ret) == SSL_ERROR_WANT_WRITE)
		*again = 1;
	return -2;
}

int drain_until_end_twin(SSL *ssl, int *again)
{
	int ret;
	char buf[4096];

	ERR_clear_error();
	ret = SSL_read(ssl, buf, (int)sizeof(buf)); // expect: OSSL005
	if (ret == 0)
		return 0; /* "the peer is done" */
	if (ret < 0 && (SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, ret) == SSL_ERROR_WANT_WRITE))
		*again = 1;
	return ret;
}
