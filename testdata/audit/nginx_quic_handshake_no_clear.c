/*
 * Shape: nginx ngx_quic_handshake() (src/event/quic/ngx_event_quic_ssl.c,
 * 2026 snapshot 3f6f782, configured --with-http_v3_module). Written for
 * ossl-lint; not the real code.
 *
 * The QUIC handshake step runs SSL_do_handshake() with no ERR_clear_error()
 * in the function or in any caller in the QUIC code (nginx's TCP path,
 * ngx_ssl_handshake(), clears right before it). A worker thread serves many
 * connections: an error another connection left on the thread's queue turns
 * this connection's SSL_ERROR_WANT_READ into SSL_ERROR_SSL, and the handshake
 * is failed. The error paths clear only after the fact.
 *
 * Only SSL_ERROR_WANT_READ is compared. A QUIC TLS object hands its records
 * to callbacks and never writes to a socket, so it never wants to write: the
 * OSSL003 is a known false positive of the rule's assumption (any I/O call may
 * want either), which the checker cannot see from the code.
 *
 * Expected: OSSL001 on SSL_do_handshake; OSSL003 (known false positive) on
 * SSL_get_error.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct quic_conn { SSL *ssl; int error; int rejected; int handshaked; };

void conn_error(struct quic_conn *qc, const char *text);
void ssl_conn_error(struct quic_conn *qc, int sslerr, const char *text);

int quic_handshake(struct quic_conn *qc)
{
	int n, sslerr;

	n = SSL_do_handshake(qc->ssl); // expect: OSSL001
	if (n <= 0) {
		sslerr = SSL_get_error(qc->ssl, n); // expect-fp: OSSL003
		if (qc->rejected) {
			conn_error(qc, "handshake rejected");
			ERR_clear_error();
			return -1;
		}
		if (sslerr != SSL_ERROR_WANT_READ) {
			ssl_conn_error(qc, sslerr, "SSL_do_handshake() failed");
			return -1;
		}
	}
	if (!SSL_is_init_finished(qc->ssl))
		return 0;
	qc->handshaked = 1;
	return 0;
}
