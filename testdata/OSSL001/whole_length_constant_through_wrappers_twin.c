/*
 * Twin of whole_length_constant_through_wrappers.c: the same write_ssl() and
 * write_complete(), reached from write_bytes_twin(), which hands on a length
 * its own caller gives. Nothing bounds it, so `numbytes == size` may hold
 * for a -1 (SIZE_MAX), and the 0 that send_two_twin() takes as a success may
 * follow a push: the second write is reported.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/types.h>

static int write_ssl(SSL *ssl, void *buf, size_t size)
{
	ssize_t numbytes;
	int offset = 0;
	ssize_t remaining = size;
	int keep_write = 0;

	do {
		numbytes = SSL_write(ssl, (char *)buf + offset, remaining); // expect: OSSL001
		if ((size_t)numbytes == size)
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

static int write_complete(SSL *ssl, void *buf, size_t size)
{
	if (ssl == NULL)
		return -1;
	return write_ssl(ssl, buf, size);
}

static int write_bytes_twin(SSL *ssl, void *buf, size_t len)
{
	if (write_complete(ssl, buf, len))
		return 1;
	return 0;
}

int send_two_twin(SSL *ssl, void *a, size_t alen, void *b, size_t blen)
{
	ERR_clear_error();
	if (write_bytes_twin(ssl, a, alen))
		return 1;
	if (write_bytes_twin(ssl, b, blen))
		return 1;
	return 0;
}
