/*
 * One variable holds two classifications of the same read, on separate
 * branches: `n == 0` classifies and takes SSL_ERROR_SYSCALL as the end of
 * the data (a truncation passes for a clean close: OSSL005 there), while the
 * `n < 0` branch classifies again into the same variable and sends every code
 * but the wants to its failure. The test of the first branch is not the
 * second's (the shape of a mail filter's TLS read): no finding on the second
 * classification.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct stream {
	SSL *ssl;
	int eof, unclean;
};

void report_failure(struct stream *s);

long stream_read(struct stream *s, void *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(s->ssl, buf, len);
	if (n > 0)
		return n;
	if (n == 0) {
		n = SSL_get_error(s->ssl, n); // expect: OSSL005
		if (n == SSL_ERROR_ZERO_RETURN || n == SSL_ERROR_SYSCALL) {
			s->eof = 1;
			return 0;
		}
		s->unclean = 1;
		report_failure(s);
		return -1;
	}
	n = SSL_get_error(s->ssl, n);
	if (n == SSL_ERROR_WANT_READ || n == SSL_ERROR_WANT_WRITE) {
		errno = EAGAIN;
		return -1;
	}
	s->unclean = 1;
	report_failure(s);
	return -1;
}
