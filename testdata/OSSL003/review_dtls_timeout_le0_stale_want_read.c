/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug (change 1): DTLSv1_handle_timeout() returns 0 when OpenSSL's retransmission timer has not expired
 * (d1_lib.c:404) without touching rwstate; on_poll_timeout() classifies res <= 0, so SSL_get_error(ssl, 0)
 * gives the stale SSL_ERROR_WANT_READ of the previous SSL_do_handshake() (ssl_lib.c:3838: rwstate still
 * SSL_READING, the dgram BIO's retry-read flag still set) and the handshake is dropped. runtime/demo.c shows
 * it with OpenSSL 3.0.22 (gcc runtime/demo.c -lssl -lcrypto: "DTLSv1_handle_timeout=0 get_error=2").
 * 0d56ad4: OSSL003 (and OSSL006) at dtls_timer.c:19. 23517b1 (which includes 9507844): nothing (the io command's
 * `wants: [write]` is applied to every result, 0 included). */
/* A DTLS client's event loop: the handshake runs over a non-blocking UDP
 * socket; whenever poll() times out (every 500 ms, not when OpenSSL's own
 * retransmission timer runs out: 1 s, then 2 s, 4 s ...), it calls
 * DTLSv1_handle_timeout(). That returns 0 while OpenSSL's timer has not
 * expired, and SSL_get_error(ssl, 0) then says the stale SSL_ERROR_WANT_READ
 * of the last SSL_do_handshake() (rwstate SSL_READING, the datagram BIO's
 * retry-read flag): this code takes it for a fatal error. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>

static int on_poll_timeout(SSL *ssl)
{
	int res, err;

	ERR_clear_error();
	res = DTLSv1_handle_timeout(ssl);
	if (res <= 0) {
		err = SSL_get_error(ssl, res); // expect: OSSL003
		if (err == SSL_ERROR_WANT_WRITE)
			return 0; /* retransmission pending: wait for POLLOUT */
		return -1; /* drops the handshake: also on 0 with a stale WANT_READ */
	}
	return 0;
}

int run_handshake(SSL *ssl, int fd)
{
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		int r, err;

		ERR_clear_error();
		r = SSL_do_handshake(ssl);
		if (r == 1)
			return 0;
		err = SSL_get_error(ssl, r);
		if (err == SSL_ERROR_WANT_WRITE)
			p.events = POLLOUT;
		else if (err != SSL_ERROR_WANT_READ)
			return -1;
		r = poll(&p, 1, 500);
		if (r < 0)
			return -1;
		if (r == 0 && on_poll_timeout(ssl) < 0)
			return -1;
	}
}
