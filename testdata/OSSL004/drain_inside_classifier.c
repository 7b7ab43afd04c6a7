/*
 * A classify wrapper that describes the queue before it classifies: the
 * caller's SSL_read() error is printed and gone when the wrapper's
 * SSL_get_error() looks, so a fatal error reads as SSL_ERROR_SYSCALL (or a
 * want). The finding is at the caller's classification, where the I/O call
 * is known; its path goes into the wrapper, to the drain. Shapes written for
 * this file, in the manner of a project's "log then classify" helper:
 * - log_then_classify(): drains, then classifies (OSSL004 at each call);
 * - outer_classify(): hands the result on to log_then_classify() (OSSL004);
 * - classify_then_log(): classifies first, then describes (no finding);
 * - drain_on_success_only(): drains only on a way that does not reach its
 *   classification (no finding);
 * - pop_spurious_then_classify(): pops only the errors it peeked and knows
 *   to be spurious (a selective pop, no finding).
 */
#include <stdio.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int log_then_classify(SSL *s, int n)
{
	ERR_print_errors_fp(stderr);
	return SSL_get_error(s, n);
}

static int outer_classify(SSL *s, int n)
{
	return log_then_classify(s, n);
}

static int classify_then_log(SSL *s, int n)
{
	int e = SSL_get_error(s, n);

	if (e == SSL_ERROR_SSL)
		ERR_print_errors_fp(stderr);
	return e;
}

static int drain_on_success_only(SSL *s, int n)
{
	if (n > 0) {
		ERR_clear_error();
		return SSL_ERROR_NONE;
	}
	return SSL_get_error(s, n);
}

static int pop_spurious_then_classify(SSL *s, int n)
{
	unsigned long e;

	while ((e = ERR_peek_error()) && ERR_GET_REASON(e) == BIO_R_UNSUPPORTED_METHOD)
		(void)ERR_get_error();
	return SSL_get_error(s, n);
}

static int status(int e)
{
	switch (e) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int read_logged(SSL *s, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, buf, len);
	if (n > 0)
		return n;
	switch (log_then_classify(s, n)) { // expect: OSSL004
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int write_logged(SSL *s, const char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_write(s, buf, len);
	if (n > 0)
		return n;
	int e = outer_classify(s, n); // expect: OSSL004
	return status(e);
}

int read_classified_first(SSL *s, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, buf, len);
	if (n > 0)
		return n;
	return status(classify_then_log(s, n));
}

int read_drain_on_success(SSL *s, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, buf, len);
	if (n > 0)
		return n;
	return status(drain_on_success_only(s, n));
}

int read_pop_spurious(SSL *s, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, buf, len);
	if (n > 0)
		return n;
	return status(pop_spurious_then_classify(s, n));
}
