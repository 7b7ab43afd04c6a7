/* One clear before a read loop. In the first function the loop goes round
 * only when SSL_read() succeeded (> 0), which pushes no error: the queue is
 * still clean at the next SSL_read(), no finding (curl ossl_shutdown shape).
 * In the second the loop also goes round after SSL_ERROR_WANT_READ/WRITE, a
 * failed call, but one that SSL_get_error() reports only when the queue is
 * empty (it looks at the queue first): still clean, no finding. In
 * spin_on_any_failure the loop goes round after any failure, SSL_ERROR_SSL
 * included: the clear must be inside the loop. */
#include <openssl/ssl.h>
#include <openssl/err.h>

int drain_until_block(SSL *ssl, char *buf, int len)
{
	int i, n = 0, err;

	ERR_clear_error();
	for (i = 0; i < 10; ++i) {
		n = SSL_read(ssl, buf, len);
		if (n <= 0)
			break;
	}
	err = SSL_get_error(ssl, n);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE;
}

int spin_on_want(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf, len);
		if (n > 0)
			return n;
		err = SSL_get_error(ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			continue;
		return -1;
	}
}

int spin_on_any_failure(SSL *ssl, char *buf, int len, int tries)
{
	int n, err;

	ERR_clear_error();
	while (tries-- > 0) {
		n = SSL_read(ssl, buf, len); // expect: OSSL001
		if (n > 0)
			return n;
		err = SSL_get_error(ssl, n);
		if (err == SSL_ERROR_ZERO_RETURN)
			return 0;
	}
	return -1;
}

int handshake_until_done(SSL *ssl)
{
	int rc, err;

	ERR_clear_error();
	while ((rc = SSL_do_handshake(ssl)) == 1) {
		/* unreachable in practice: shows the == 1 success branch */
		if (SSL_is_init_finished(ssl))
			return 0;
	}
	err = SSL_get_error(ssl, rc);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 1 : -1;
}
