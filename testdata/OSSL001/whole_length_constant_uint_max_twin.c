/*
 * Twin of whole_length_constant_through_wrappers.c (from the twenty-first
 * session's review). A length of UINT_MAX (a "whole buffer" sentinel) given to an unsigned int
 * parameter: SSL_write() takes it as -1, fails (SSL_R_BAD_LENGTH on the
 * queue) and returns -1, and `(unsigned)numbytes == size` holds
 * ((unsigned)-1 == UINT_MAX): write_ssl() returns 0, "all written", with
 * the error left on the queue for the second write's SSL_get_error(). The
 * copy made for the constant raises numbytes to 4294967295 on the true edge
 * (var_bounds.c bound_for() lets an unsigned bound >= 1 pass to a signed
 * variable) and took the 0 as a whole write; a constant is now carried
 * into an unsigned parameter only up to INT_MAX. Reported. */
#include <limits.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int write_ssl(SSL *ssl, void *buf, unsigned int size)
{
	int numbytes;
	int offset = 0;
	int remaining = size;
	int keep_write = 0;

	do {
		numbytes = SSL_write(ssl, (char *)buf + offset, remaining); // expect: OSSL001
		if ((unsigned int)numbytes == size)
			return 0;
		if (numbytes > 0) {
			offset += numbytes;
			remaining -= numbytes;
			keep_write = 1;
		} else {
			switch (SSL_get_error(ssl, numbytes)) {
			case SSL_ERROR_WANT_READ:
			case SSL_ERROR_WANT_WRITE:
				keep_write = 1;
				break;
			default:
				ERR_clear_error();
				keep_write = 0;
				break;
			}
		}
	} while (keep_write);
	return 1;
}

static int write_complete(SSL *ssl, void *buf, unsigned int size)
{
	if (ssl == NULL)
		return -1;
	return write_ssl(ssl, buf, size);
}

int send_two(SSL *ssl, char *big)
{
	ERR_clear_error();
	if (write_complete(ssl, big, UINT_MAX))
		return 1;
	if (write_complete(ssl, big, UINT_MAX))
		return 1;
	return 0;
}
