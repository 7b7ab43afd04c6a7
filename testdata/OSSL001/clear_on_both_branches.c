/*
 * Shape: both arms of an if/else leave the queue empty before SSL_write():
 * one with ERR_clear_error(), the other by printing the queue with
 * ERR_print_errors_fp(), which empties it and so counts as a clear.
 * The push (SSL_set_fd) comes before the branches. Not a specific project.
 *
 * Expected: no finding.
 */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

struct sess { SSL *ssl; int fd; int verbose; };

int sess_send(struct sess *s, const void *buf, int len)
{
	int n, e;

	if (SSL_set_fd(s->ssl, s->fd) != 1)
		return -1;
	if (s->verbose)
		ERR_print_errors_fp(stderr);
	else
		ERR_clear_error();
	n = SSL_write(s->ssl, buf, len);
	if (n > 0)
		return n;
	e = SSL_get_error(s->ssl, n);
	return (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) ? 0 : -1;
}
