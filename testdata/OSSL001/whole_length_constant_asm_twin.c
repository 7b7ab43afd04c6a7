/*
 * Twin of whole_length_constant_through_wrappers.c (from the twenty-first
 * session's review): write_complete() changes its length through an asm
 * output operand ("+r") before handing it on, which the IR does not show; a
 * copy made for sizeof(buf1) bound it to 1. A function with an asm statement
 * gets no copy for its parameters' constants. Reported.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <string.h>
#include <sys/types.h>
size_t frame_len(const void *buf);
void adjust(size_t *n);

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
	__asm__ volatile("" : "+r"(size));
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
