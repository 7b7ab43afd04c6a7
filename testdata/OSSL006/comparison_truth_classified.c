/*
 * The parentheses of an assignment in a condition misplaced: `(r =
 * SSL_connect(ssl) < 1)` gives r the truth of the comparison, 1 for a failed
 * handshake, and SSL_get_error(ssl, 1) says SSL_ERROR_NONE without looking at
 * the failure (tn5250's lib5250/sslstream.c, which then returns the failed
 * stream as connected). Reported at the classification. No OSSL001 there:
 * the classification is not of the handshake's result, so no stale error can
 * change it.
 * The twin assigns first, then compares, and classifies the result: no finding.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <stdio.h>

int connect_misplaced(SSL *ssl)
{
	int r;
	if ((r = SSL_connect(ssl) < 1)) {
		fprintf(stderr, "handshake: %d\n", SSL_get_error(ssl, r)); // expect: OSSL006
		return -1;
	}
	return 0;
}

int connect_twin(SSL *ssl)
{
	int r;
	ERR_clear_error();
	if ((r = SSL_connect(ssl)) < 1) {
		fprintf(stderr, "handshake: %d\n", SSL_get_error(ssl, r));
		return -1;
	}
	return 0;
}

int sock_connect(int fd);

/* r holds connect()'s result first: the comparison is the last definition on
 * every way to the classification, so it is still a truth there (tn5250's
 * own shape). */
int connect_after_socket(SSL *ssl, int fd)
{
	int r = sock_connect(fd);
	if (r < 0)
		return -1;
	if ((r = SSL_connect(ssl) < 1)) {
		fprintf(stderr, "handshake: %d\n", SSL_get_error(ssl, r)); // expect: OSSL006
		return -1;
	}
	return 0;
}

/* One way gives r the handshake's result itself: not reported. */
int connect_either_twin(SSL *ssl, int retry)
{
	int r;
	ERR_clear_error();
	if (retry)
		r = SSL_connect(ssl);
	else
		r = SSL_connect(ssl) < 1;
	if (r != 1) {
		fprintf(stderr, "handshake: %d\n", SSL_get_error(ssl, r));
		return -1;
	}
	return 0;
}

/* Found by review: a truth that is 0 where the read failed (`> 0`) is the
 * failure's 0 as SSL_read()'s own, which SSL_get_error() classifies as it
 * would the result itself (it only asks whether its argument is above 0):
 * no OSSL006, and the stale error X509_check_host() may leave is still the
 * read's OSSL001. */
int read_truth_zero_on_failure_twin(SSL *ssl, X509 *x, char *buf, int len)
{
	int ok;
	X509_check_host(x, "h", 1, 0, NULL);
	ok = SSL_read(ssl, buf, len) > 0; // expect: OSSL001
	if (!ok) {
		switch (SSL_get_error(ssl, ok)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			return 0;
		default:
			return -1;
		}
	}
	return 1;
}
