/*
 * Shape: a project's fatal-error helper, declared without any noreturn
 * attribute, prints the queue and then exits; or it hands on to another
 * helper that does (`die()` -> `bail()` -> `exit()`), or it serves forever.
 * A call of it ends the path, as a call of exit() does: the classification
 * after it is never reached from the drain (seen in nsca-ng's
 * log_tls_message(die, ...) and in small servers' `fatal()`).
 *
 * Expected: nothing in connect_or_die(), connect_or_bail(); OSSL004 in the
 * twin connect_or_warn(), whose helper prints and returns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_io(int fd, int for_write);

static void fatal_tls(const char *what)
{
	fprintf(stderr, "%s:\n", what);
	ERR_print_errors_fp(stderr);
	exit(EXIT_FAILURE);
}

static void bail(int code)
{
	fflush(stderr);
	_exit(code);
}

static void die_tls(const char *what)
{
	fprintf(stderr, "%s:\n", what);
	ERR_print_errors_fp(stderr);
	bail(2);
}

static void warn_tls(const char *what)
{
	fprintf(stderr, "%s:\n", what);
	ERR_print_errors_fp(stderr);
}

int connect_or_die(SSL *ssl, int fd, int strict)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (n <= 0) {
		if (strict)
			fatal_tls("handshake");
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE);
		return -1;
	}
	return 1;
}

int connect_or_bail(SSL *ssl, int fd, int strict)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (n <= 0) {
		if (strict)
			die_tls("handshake");
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE);
		return -1;
	}
	return 1;
}

int connect_or_warn(SSL *ssl, int fd, int strict)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (n <= 0) {
		if (strict)
			warn_tls("handshake"); // expect: OSSL004
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE);
		return -1;
	}
	return 1;
}
