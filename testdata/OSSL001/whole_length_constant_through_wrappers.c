/*
 * A write wrapper that compares SSL_write()'s result with its size_t length
 * parameter (`if ((size_t)numbytes == size) return 0;`, pgagroal's and pgmoneta's
 * write_ssl()), reached through another wrapper that only hands the length
 * on (write_complete()), from a caller that gives a constant
 * (`sizeof(buf1)`). With the length unknown, `numbytes == size` may hold
 * for a -1 converted to SIZE_MAX, so the wrapper's 0 may follow a push; with
 * the length 1, the 0 means a whole write, which pushed nothing. The
 * constant is carried through both wrappers (checker/arg_context.h): no
 * finding at the second write of send_two().
 * The twin (whole_length_constant_through_wrappers_twin.c) keeps the
 * finding: a wrapper that hands on a length its own caller gives, which
 * nothing bounds.
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
		numbytes = SSL_write(ssl, (char *)buf + offset, remaining);
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

static int write_uint8(SSL *ssl, unsigned char i)
{
	char buf1[1];

	buf1[0] = (char)i;
	if (write_complete(ssl, buf1, sizeof(buf1)))
		return 1;
	return 0;
}

int send_two(SSL *ssl)
{
	ERR_clear_error();
	if (write_uint8(ssl, 1))
		return 1;
	if (write_uint8(ssl, 2))
		return 1;
	return 0;
}
