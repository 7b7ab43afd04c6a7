/*
 * Shape: CPython Modules/_ssl.c (main) _ssl__SSLSocket_shutdown_impl(): a
 * while (1) loop that calls SSL_set_read_ahead() (not pure) at the top of
 * each iteration, then SSL_shutdown() and the classify wrapper _PySSL_errno;
 * after a first 0 return it `continue`s. Renamed and stripped.
 *
 * The pushing call sits before the next SSL_shutdown(), which reassigns
 * `ret`: it is never between an io call and the classification of THAT io
 * call, so no OSSL002 (an analyzer must kill the previous io at the
 * reassignment). It does make the io call stale: OSSL001 (also: no clear at
 * all, as in the CPython read/write). The classification here only compares
 * err.ssl with both wants: no OSSL003.
 *
 * Expected: OSSL001 on SSL_shutdown.
 */
#include <errno.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef struct { int ssl; int c; } sslerr_t;
struct psock { SSL *ssl; int seen_zero; sslerr_t err; };

int wait_sock(struct psock *s, int writing);

static sslerr_t ssl_errno(int failed, const SSL *ssl, int retcode)
{
	sslerr_t err = { 0, 0 };

	if (failed) {
		err.c = errno;
		err.ssl = SSL_get_error(ssl, retcode);
	}
	return err;
}

int psock_shutdown(struct psock *self)
{
	int ret, zeros = 0;
	sslerr_t err;

	while (1) {
		if (self->seen_zero)
			SSL_set_read_ahead(self->ssl, 0);
		ret = SSL_shutdown(self->ssl); // expect: OSSL001
		err = ssl_errno(ret < 0, self->ssl, ret);
		self->err = err;
		if (ret > 0)
			break;
		if (ret == 0) {
			if (++zeros > 1)
				break;
			self->seen_zero = 1;
			continue;
		}
		if (err.ssl == SSL_ERROR_WANT_READ)
			(void) wait_sock(self, 0);
		else if (err.ssl == SSL_ERROR_WANT_WRITE)
			(void) wait_sock(self, 1);
		else
			break;
	}
	return ret < 0 ? -1 : 0;
}
