/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug (change 1, with a pre-existing gap): err holds SSL_read()'s classification (a ternary) or
 * DTLSv1_handle_timeout()'s; only SSL_ERROR_WANT_WRITE is let through, so SSL_read()'s SSL_ERROR_WANT_READ
 * (no datagram yet) drops the peer. 0d56ad4: OSSL003 at poll_once.c:16 (it linked that classification to
 * the SSL_read, handle_timeout not being I/O) + OSSL004/OSSL006 noise. 23517b1: nothing. The ternary
 * classification at line 12 is reported by neither build (the same gap as
 * `int err = n <= 0 ? SSL_get_error(ssl, n) : 0;` alone), so the new `never` logic removes the only finding. */
/* One turn of a DTLS peer's loop: read what arrived, then let OpenSSL
 * retransmit if its timer ran out; one error code for both. SSL_read()'s
 * SSL_ERROR_WANT_READ (no datagram yet, the common case on a non-blocking
 * socket) is not let through: the peer is dropped. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int poll_once(SSL *ssl, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(ssl, buf, len);
	int err = n <= 0 ? SSL_get_error(ssl, n) : SSL_ERROR_NONE; // expect: OSSL003
	ERR_clear_error();
	int r = DTLSv1_handle_timeout(ssl);
	if (r < 0)
		err = SSL_get_error(ssl, r);
	if (err != SSL_ERROR_NONE && err != SSL_ERROR_WANT_WRITE)
		return -1;
	return n > 0 ? n : 0;
}
