/*
 * Shape: code ported from plain sockets to OpenSSL that still decides "try
 * again" from errno == EAGAIN/EWOULDBLOCK instead of the SSL_get_error()
 * result; the classification is compared with neither want. The errno test
 * is evidence of a non-blocking socket, so the missing want handling is
 * reported. Not a specific project.
 *
 * Expected: OSSL003 on SSL_get_error. Clear first: no OSSL001.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int ported_recv(SSL *ssl, void *buf, int len)
{
	int n, err;

	errno = 0;
	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_ZERO_RETURN)
		return 0;
	if (err == SSL_ERROR_SYSCALL && (errno == EAGAIN || errno == EWOULDBLOCK))
		return -2;
	return -1;
}
