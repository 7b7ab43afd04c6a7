/*
 * Tables of numbers narrower than a pointer (`blob`, `counts`) hold no
 * function's address: the walks that look for taken addresses and stored
 * OpenSSL objects skip them (checker/cursor.h cursor_scalar_data(); php-src's
 * libmagic includes a 42 MB one). A table as wide as a pointer still counts:
 * tls_read()'s address is kept in `handlers` (an intptr_t), so it may be
 * called from anywhere with an error on the queue, and its read is reported.
 */
#include <stdint.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static const unsigned char blob[] = {0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02};
static const int counts[][2] = {{1, 2}, {3, 4}};

static int tls_read(SSL *ssl, char *buf, int n)
{
	int r = SSL_read(ssl, buf, n); // expect: OSSL001
	if (r <= 0) {
		int e = SSL_get_error(ssl, r);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return r + blob[0] + counts[0][0];
}

const intptr_t handlers[] = {(intptr_t)tls_read, 0};
