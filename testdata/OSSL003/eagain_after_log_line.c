/*
 * Found by review of the third session of 2026-12-03 (a twin that a change
 * of that session had silenced, fixed the same session): the finding must stay.
 * Non-blocking intent shown by the EAGAIN test after the classification;
 * neither SSL_ERROR_WANT_READ nor SSL_ERROR_WANT_WRITE is handled. A log line
 * (a project function given arguments) in the block before the errno test
 * makes the walk skip that block. */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);

int tls_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_ZERO_RETURN)
		return 0;
	log_msg(7, "SSL_read failed: %d", err);
	if (errno == EAGAIN || errno == EWOULDBLOCK)
		return -2; /* try again later */
	return -1;
}
