/*
 * Shape: CPython _ssl__SSLSocket_shutdown_impl() (Modules/_ssl.c, 3.11.8 as
 * packaged by deepin-community/python3.11 11b7321). Written for ossl-lint;
 * not the real code.
 *
 * The loop turns SSL read-ahead off (a setter that cannot push an error),
 * then calls SSL_shutdown() and classifies through an errno-capturing wrapper
 * whose result lands in a struct field. Nothing clears the queue anywhere in
 * the function: OSSL001 on SSL_shutdown. shutdown_fixed() below clears right
 * before the call, inside the loop, and must stay silent.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

struct err_state { int ssl; int c; };
struct sock { SSL *ssl; int seen_zero; struct err_state err; };
int wait_for(struct sock *s, int writing);

static struct err_state ssl_errno(int failed, const SSL *ssl, int ret)
{
	struct err_state e = { 0, 0 };

	if (failed) {
		e.c = errno;
		e.ssl = SSL_get_error(ssl, ret);
	}
	return e;
}

int shutdown_naive(struct sock *s)
{
	int ret, zeros = 0;

	for (;;) {
		if (s->seen_zero)
			SSL_set_read_ahead(s->ssl, 0);
		ret = SSL_shutdown(s->ssl); // expect: OSSL001
		s->err = ssl_errno(ret < 0, s->ssl, ret);
		if (ret > 0 || (ret == 0 && ++zeros > 1))
			return 0;
		if (ret == 0) {
			s->seen_zero = 1;
			continue;
		}
		if (s->err.ssl == SSL_ERROR_WANT_READ || s->err.ssl == SSL_ERROR_WANT_WRITE) {
			if (wait_for(s, s->err.ssl == SSL_ERROR_WANT_WRITE) != 0)
				return -1;
			continue;
		}
		return -1;
	}
}
