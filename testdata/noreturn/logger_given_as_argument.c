/*
 * Shape: a helper that describes the queue and hands the text to the logger
 * it is given (`log_tls_message(die, "Cannot create socket")`, nsca-ng's
 * tls.c). Given a logger that never returns, the call never returns either:
 * the helper is copied for that argument, and the copy calls `die()` where
 * the helper calls its parameter. Given a logger that returns, the drain
 * stands between the I/O call and its classification.
 *
 * Expected: nothing in connect_strict(); OSSL004 in the twin connect_lenient().
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_io(int fd, int for_write);

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	exit(EXIT_FAILURE);
}

static void info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

static void log_tls_message(void log(const char *, ...), const char *what)
{
	unsigned long e;

	if ((e = ERR_get_error()) != 0)
		log("%s: %s\n", what, ERR_reason_error_string(e));
	else
		log("%s\n", what);
	ERR_clear_error();
}

int connect_strict(SSL *ssl, int fd, int fresh)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (fresh && fd < 0)
		log_tls_message(die, "Cannot create socket");
	if (n <= 0) {
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE);
		return -1;
	}
	return 1;
}

int connect_lenient(SSL *ssl, int fd, int fresh)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (fresh && fd < 0)
		log_tls_message(info, "Cannot create socket"); // expect: OSSL004
	if (n <= 0) {
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE);
		return -1;
	}
	return 1;
}
