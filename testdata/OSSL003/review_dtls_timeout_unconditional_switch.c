/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug (change 1): peer_timer_fired() classifies every result of DTLSv1_handle_timeout(); for 0 (the DTLS
 * timer has not expired, or none runs: d1_lib.c:404) SSL_get_error(ssl, 0) returns the stale
 * SSL_ERROR_WANT_READ left by peer_read()'s SSL_read() (rwstate SSL_READING, rbio retry-read flag), which
 * falls into default and kills the peer (see ../dtls_timeout_le0_stale_want_read/runtime/demo.c).
 * 0d56ad4: OSSL003 (and OSSL006) at dtls_retx.c:20. 23517b1: nothing. */
/* A DTLS server's timer callback, run from the application's own timer
 * wheel (not synchronised with OpenSSL's retransmission timer): every
 * result of DTLSv1_handle_timeout() is classified. For 1 SSL_get_error()
 * says SSL_ERROR_NONE, for -1 WANT_WRITE or a fatal error, but for 0 (the
 * DTLS timer has not expired yet, or no timer runs) it says whatever the
 * last I/O call left: SSL_ERROR_WANT_READ after an SSL_read() or
 * SSL_do_handshake() that waited for a datagram. That falls into default. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

struct peer {
	SSL *ssl;
	int dead;
};

void peer_timer_fired(struct peer *p)
{
	ERR_clear_error();
	switch (SSL_get_error(p->ssl, DTLSv1_handle_timeout(p->ssl))) { // expect: OSSL003
	case SSL_ERROR_NONE:
	case SSL_ERROR_WANT_WRITE:
		break;
	default:
		fprintf(stderr, "DTLS retransmission failed\n");
		p->dead = 1;
		break;
	}
}

int peer_read(struct peer *p, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(p->ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(p->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		p->dead = 1;
		return -1;
	}
}
