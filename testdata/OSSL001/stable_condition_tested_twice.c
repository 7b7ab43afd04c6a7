/*
 * spamc's message_filter() (libspamc.c): a parameter that the function never
 * writes, `flags`, chooses TLS twice in each round of a retry loop: once
 * for the connect, once for the write. The round that shuts the TLS
 * connection down (SSL_shutdown() may leave an error) goes round with TLS
 * on, so the next round connects again and the handshake clears the queue
 * as it starts; no path reaches SSL_write() with TLS off at the first test
 * and on at the second. Nothing to report. (Before: the paths met at each
 * join and the write was OSSL001, four times in spamc.) The twin below,
 * where the loop may turn TLS off, still is.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

#define USE_SSL 1

int filter(SSL *ssl, int sock, int flags, const char *buf, int len, int tries)
{
	for (int i = 0; i < tries; i++) {
		if (flags & USE_SSL) {
			ERR_clear_error();
			if (SSL_connect(ssl) != 1)
				return -1;
		}
		if (flags & USE_SSL) {
			int rc = SSL_write(ssl, buf, len);
			if (rc <= 0) {
				int e = SSL_get_error(ssl, rc);
				return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
			}
			SSL_shutdown(ssl);
			shutdown(sock, SHUT_WR);
		} else {
			send(sock, buf, (size_t)len, 0);
		}
	}
	return 0;
}

/* The twin: the flag is a parameter the loop changes (`flags &= ~USE_SSL`
 * after a short write): the two tests may disagree, and a round with TLS
 * off at the connect and on at the write reaches SSL_write() with the
 * caller's queue. */
int filter_fallback(SSL *ssl, int sock, int flags, const char *buf, int len, int tries)
{
	for (int i = 0; i < tries; i++) {
		if (flags & USE_SSL) {
			ERR_clear_error();
			if (SSL_connect(ssl) != 1)
				return -1;
		}
		if (flags & USE_SSL) {
			int rc = SSL_write(ssl, buf, len); // expect: OSSL001
			if (rc <= 0) {
				int e = SSL_get_error(ssl, rc);
				return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
			}
			if (rc < len)
				flags &= ~USE_SSL;
			SSL_shutdown(ssl);
		} else {
			send(sock, buf, (size_t)len, 0);
		}
	}
	return 0;
}

/* The same condition tested under a `!`: the caller's queue goes only
 * through the plain-socket branch, and the write runs only with TLS on,
 * after the clear. Nothing to report. */
int send_one(SSL *ssl, int sock, int flags, const char *buf, int len)
{
	if (!(flags & USE_SSL))
		send(sock, buf, (size_t)len, 0);
	else
		ERR_clear_error();
	if (flags & USE_SSL) {
		int rc = SSL_write(ssl, buf, len);
		if (rc <= 0) {
			int e = SSL_get_error(ssl, rc);
			return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
		}
	}
	return 0;
}
