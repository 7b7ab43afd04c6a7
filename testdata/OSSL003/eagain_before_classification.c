/*
 * errno compared with EAGAIN between the read and its classification (code
 * ported from plain sockets that still decides "try again" by errno): the
 * socket is non-blocking, and the classification, which tests neither want,
 * is reported (found by review: the evidence was looked for only after the
 * classification). The clean twin of the other kind is
 * eagain_on_plain_socket_branch.c.
 */
#include <errno.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum { AGAIN = -2 };

int read_errno_first(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	if (errno == EAGAIN || errno == EWOULDBLOCK)
		return AGAIN;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_ZERO_RETURN)
		return 0;
	return -1;
}
