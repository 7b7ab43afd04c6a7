/*
 * Twin of callers_retry_on_eagain.c (found by review): the only caller
 * tests errno for EAGAIN on its success's way only; any failure, a want
 * too, drops the connection, so the want the wrapper lets through is lost.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/select.h>

int tls_write(SSL *ssl, const char *buf, int len)
{
	int ret;
	ERR_clear_error();
	while ((ret = SSL_write(ssl, buf, len)) <= 0) {
		if (SSL_get_error(ssl, ret) != SSL_ERROR_WANT_WRITE) // expect: OSSL003
			break;
	}
	return ret;
}

int write_once(SSL *ssl, const char *buf, int len, int *blocked)
{
	int n = tls_write(ssl, buf, len);
	if (n <= 0)
		return -1; /* any failure, a want too: the connection is dropped */
	*blocked = errno == EAGAIN; /* an EAGAIN test only on the success's way */
	return n;
}
