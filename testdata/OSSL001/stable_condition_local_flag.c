/*
 * A local variable that only its initializer writes is a stable condition
 * between two runs of that initializer: `tls`, computed once per round of
 * the loop, chooses the clear and the TLS write alike. A round that shut the
 * connection down (SSL_shutdown() may leave an error) goes round, computes
 * `tls` anew, and either clears before the write or does not write. Nothing
 * to report. The twin: the flag is also assigned later in the round, so its
 * two tests may disagree: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

int send_rounds(SSL *ssl, int sock, int (*mode)(int), const char *buf, int len, int n)
{
	for (int i = 0; i < n; i++) {
		int tls = mode(i);
		if (!tls)
			send(sock, buf, (size_t)len, 0);
		else
			ERR_clear_error();
		if (tls) {
			int rc = SSL_write(ssl, buf, len);
			if (rc <= 0) {
				int e = SSL_get_error(ssl, rc);
				return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
			}
			SSL_shutdown(ssl);
		}
	}
	return 0;
}

int send_rounds_fallback(SSL *ssl, int sock, int (*mode)(int), const char *buf, int len, int n)
{
	for (int i = 0; i < n; i++) {
		int tls = mode(i);
		if (!tls)
			send(sock, buf, (size_t)len, 0);
		else
			ERR_clear_error();
		if (len > 512)
			tls = 1;
		if (tls) {
			int rc = SSL_write(ssl, buf, len); // expect: OSSL001
			if (rc <= 0) {
				int e = SSL_get_error(ssl, rc);
				return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
			}
			SSL_shutdown(ssl);
		}
	}
	return 0;
}

/* The initializer run again: a round with TLS on shuts down (an error may be
 * left), and the next round, whose `tls` is computed anew, may write with
 * TLS off: what the earlier round took at `tls` says nothing of this one's.
 * OSSL001. */
int send_rounds_alternating(SSL *ssl, int (*mode)(int), const char *buf, int len, int n)
{
	ERR_clear_error();
	for (int i = 0; i < n; i++) {
		int tls = mode(i);
		if (!tls) {
			int rc = SSL_write(ssl, buf, len); // expect: OSSL001
			if (rc <= 0) {
				int e = SSL_get_error(ssl, rc);
				return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
			}
		} else {
			SSL_shutdown(ssl);
		}
		if (tls)
			len--;
	}
	return 0;
}
