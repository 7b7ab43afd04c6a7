/*
 * A 0 from SSL_read() follows only the edges a 0 can take (shaped after
 * civetweb's pull_inner(), src/civetweb.c 1.17): `if (n <= 0)` sends it to
 * SSL_get_error() every time, so the later `n == 0` test, reached only with
 * `n <= 0` false or after the WANT branch gave n a 0 of its own, never sees
 * the read's 0 unclassified: nothing to report in pull. The twin lets the 0
 * through (`n < 0` is what it classifies) to a `return 0` that takes it as
 * the end of the data: OSSL005. The last twin gives n another value on the
 * 0's way (`n = cached_bytes(...)`) before `n <= 0`: that test no longer
 * tells where the read's 0 goes, and the 0 reaches the way out that treats
 * it as the end (found by review): OSSL005.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int got;
};

int pull(struct conn *c, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n <= 0) {
		err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			n = 0;
		else
			return -2;
	}
	if (n > 0 || (n == 0 && len == 0))
		return n;
	return -1;
}

int pull_eof(struct conn *c, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len); // expect: OSSL005
	if (n < 0) {
		err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			return -1;
		return -2;
	}
	if (n == 0)
		return 0;
	return n;
}

int cached_bytes(struct conn *c, char *buf, int len);

int pull_or_cache(struct conn *c, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len); // expect: OSSL005
	if (n == 0)
		n = cached_bytes(c, buf, len);
	if (n <= 0) {
		err = SSL_get_error(c->ssl, n);
		return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 0 : -1;
	}
	c->got = n;
	return 1;
}
