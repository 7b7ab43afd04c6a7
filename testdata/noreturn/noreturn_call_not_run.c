/*
 * Mechanism: checker/noreturn.c (bb62742) on top of lowering gaps: a call the
 * lowering records but that never runs, or runs only on one way of an
 * expression the CFG does not split, now ends the path (before bb62742 the
 * extra call only added an effect):
 *  - `__builtin_choose_expr(1, fd, fail("x"))`: the unselected arm;
 *  - `_Generic(fd, long: fail("x"), default: fd)`: an unselected association;
 *  - `__builtin_constant_p(fail("x"))`: never evaluated;
 *  - `asm goto` with its label: the CFG has no edge to the label, so
 *    skip_or_fail() below has no path to its exit and is taken as never
 *    returning (its callers' paths are cut).
 * Expected: OSSL004 at warn_tls() in each caller (07e80b6 reports all four).
 * HEAD: nothing in any of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_io(int fd, int for_write);

static int fail(const char *what)
{
	fprintf(stderr, "%s\n", what);
	exit(1);
}

static void warn_tls(const char *what)
{
	fprintf(stderr, "%s:\n", what);
	ERR_print_errors_fp(stderr);
}

static void skip_or_fail(void)
{
	__asm__ goto("jmp %l0" :::: done);
	fail("unreachable");
done:
	return;
}

#define BODY(EXPR) \
	int n, e, s = fd; \
	ERR_clear_error(); \
	n = SSL_connect(ssl); \
	if (n <= 0) { \
		EXPR; \
		warn_tls("handshake"); \
		e = SSL_get_error(ssl, n); \
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) \
			return wait_io(s, e == SSL_ERROR_WANT_WRITE); \
		return -1; \
	} \
	return 1;

int c_choose(SSL *ssl, int fd) { BODY(s = __builtin_choose_expr(1, fd, fail("x"))) } // expect: OSSL004
int c_generic(SSL *ssl, int fd) { BODY(s = _Generic(fd, long: fail("x"), default: fd)) } // expect: OSSL004
int c_bcp(SSL *ssl, int fd) { BODY(s = __builtin_constant_p(fail("x")) ? 0 : fd) } // expect: OSSL004
int c_asmgoto(SSL *ssl, int fd) { BODY(skip_or_fail()) } // expect: OSSL004
