/*
 * Mechanism: checker/noreturn.c (bb62742) on top of a lowering gap: the GNU
 * binary conditional `a ?: b` is not split into blocks (cfg.c splits `a ? b
 * : c`, `&&`, `||`, but `malloc(n) ?: oom()` stays one block with both
 * calls in it). noreturn_cut() then cuts the block right after oom(), which
 * also removes the way on which malloc() succeeded:
 *  - xmalloc() below (`return malloc(n) ?: oom();`, a common GNU-C idiom)
 *    has no path to its exit left, so it is inferred never to return, and
 *    EVERY caller's path ends at every xmalloc() call, project-wide;
 *  - inline, `buf = malloc(256) ?: oom();` ends the caller's path there.
 * Expected: OSSL004 at warn_tls() in both callers (it drains the queue before
 * SSL_get_error() sees the handshake's error; 07e80b6 reports both).
 * HEAD: nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_io(int fd, int for_write, char *buf);

static void *oom(void)
{
	fputs("out of memory\n", stderr);
	exit(1);
}

static void *xmalloc(size_t n)
{
	return malloc(n) ?: oom();
}

static void warn_tls(const char *what)
{
	fprintf(stderr, "%s:\n", what);
	ERR_print_errors_fp(stderr);
}

int handshake_xmalloc(SSL *ssl, int fd)
{
	int n, e;
	char *buf;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (n <= 0) {
		buf = xmalloc(256);
		warn_tls("handshake"); // expect: OSSL004
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE, buf);
		free(buf);
		return -1;
	}
	return 1;
}

int handshake_inline(SSL *ssl, int fd)
{
	int n, e;
	char *buf;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (n <= 0) {
		buf = malloc(256) ?: oom();
		warn_tls("handshake"); // expect: OSSL004
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE, buf);
		free(buf);
		return -1;
	}
	return 1;
}
