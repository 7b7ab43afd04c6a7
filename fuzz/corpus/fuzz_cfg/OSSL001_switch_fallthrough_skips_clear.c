/*
 * Shape: a connection state machine whose switch falls through into the
 * clear for some states only; the RESUMING state (and any state not listed)
 * skips it. Not a specific project.
 *
 * Expected: OSSL001 on SSL_do_handshake: on the RESUMING path the last event
 * is function entry; on the FRESH path SSL_set_fd() pushes but the fall-through
 * then clears. Both wants handled: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum hs_state { HS_FRESH, HS_RETRY, HS_RESUMING };
struct hs { SSL *ssl; int fd; enum hs_state st; };

int hs_step(struct hs *h)
{
	int n, e;

	switch (h->st) {
	case HS_FRESH:
		if (SSL_set_fd(h->ssl, h->fd) != 1)
			return -1;
		/* fall through */
	case HS_RETRY:
		ERR_clear_error();
		break;
	case HS_RESUMING:
		break;
	}
	n = SSL_do_handshake(h->ssl); // expect: OSSL001
	if (n == 1)
		return 0;
	e = SSL_get_error(h->ssl, n);
	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		h->st = HS_RETRY;
		return 1;
	}
	return -1;
}
