/*
 * Shape: a handshake loop that goes round while a helper returning `bool`
 * says to retry, which it does only for SSL_ERROR_WANT_READ/WRITE, where the
 * queue was empty (netdata's want_read_write_should_retry()); and a readiness
 * test written under a branch hint, `if (unlikely(!ready(s)))`.
 *
 * Expected: nothing in tls_connect_clean(), whose clear before the loop
 * covers every pass: the helper's `true` (1, as `_Bool` makes any non-zero)
 * comes only from its wants. OSSL001 in tls_connect(), from the unchecked
 * BIO_new() before it, through the readiness test's way on (the path names
 * the tested call, `ready(s)`, true: not the hint's `unlikely(!...)`, whose
 * truth is the opposite), not round the loop.
 */
#include <poll.h>
#include <stdbool.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

#define unlikely(x) __builtin_expect(!!(x), 0)

bool ready(SSL *s);

static bool should_retry(SSL *s, int err)
{
	int e = SSL_get_error(s, err);

	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		struct pollfd p = {.fd = SSL_get_rfd(s), .events = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT};

		if (poll(&p, 1, 1000) <= 0)
			return false;
		return 7; /* true */
	}
	return false;
}

bool tls_connect_clean(SSL *s)
{
	int err;

	if (unlikely(!ready(s)))
		return false;
	ERR_clear_error();
	while ((err = SSL_connect(s)) != 1)
		if (!should_retry(s, err))
			break;
	return err == 1;
}

bool tls_connect(SSL *s)
{
	int err;

	BIO_free(BIO_new(BIO_s_mem()));
	if (unlikely(!ready(s)))
		return false;
	while ((err = SSL_connect(s)) != 1) // expect: OSSL001
		if (!should_retry(s, err))
			break;
	return err == 1;
}
