/*
 * Shape: the blocking client loop of "An Introduction to OpenSSL
 * Programming", Figure 6 (seed 001): switch (SSL_get_error(...)) with
 * SSL_ERROR_NONE, SSL_ERROR_ZERO_RETURN, SSL_ERROR_SYSCALL and default, and
 * no want at all. Neither want handled and no errno EAGAIN test: treated as
 * blocking code, not reported. Written from the description, not copied.
 *
 * Expected: no OSSL003. The loop reads repeatedly with no clear: OSSL001 on
 * SSL_read (function entry / previous iteration).
 */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int copy_to_stdout(SSL *ssl)
{
	char buf[1024];
	int r, len = 0;

	for (;;) {
		r = SSL_read(ssl, buf, (int)sizeof(buf)); // expect: OSSL001
		switch (SSL_get_error(ssl, r)) {
		case SSL_ERROR_NONE:
			len = r;
			break;
		case SSL_ERROR_ZERO_RETURN:
			return 0;
		case SSL_ERROR_SYSCALL:
			fprintf(stderr, "premature close\n");
			return -1;
		default:
			return -1;
		}
		fwrite(buf, 1, (size_t)len, stdout);
	}
}
