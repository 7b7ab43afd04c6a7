/*
 * Shape: nginx ngx_ssl_shutdown() (src/event/ngx_event_openssl.c, 2026
 * snapshot 3f6f782). Written for ossl-lint; not the real code.
 *
 * The queue is cleared once, before the loop. The loop goes round again only
 * when SSL_shutdown() returned 0 (close_notify sent, peer's not yet seen),
 * which pushes no error; so every SSL_shutdown() runs on an empty queue.
 * Correct code: no finding. (ossl-lint 0.1.0 reports OSSL001 on the
 * SSL_shutdown line: its loop rule ignores the condition on the back edge.)
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void log_debug(const char *what, int v);

enum { S_DONE = 0, S_AGAIN = -2, S_ERROR = -1 };

static void clear_queue(void)
{
	ERR_clear_error();
}

int conn_shutdown(SSL *ssl)
{
	int n, sslerr, tries;

	clear_queue();
	tries = 2;
	for (;;) {
		n = SSL_shutdown(ssl);
		log_debug("SSL_shutdown", n);
		if (n == 1)
			return S_DONE;
		if (n == 0 && tries-- > 1)
			continue;
		sslerr = SSL_get_error(ssl, n);
		if (sslerr == SSL_ERROR_WANT_READ || sslerr == SSL_ERROR_WANT_WRITE)
			return S_AGAIN;
		return S_ERROR;
	}
}
