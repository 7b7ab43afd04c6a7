/*
 * A handshake retried with `goto retry` only when BIO_should_retry() says the
 * connection's BIO would block: the failed SSL_connect() stopped for that
 * reason and pushed nothing, so the clear before the label still covers the
 * retried call (shape of neomutt's ssl_negotiate). No finding.
 * retry_on_any_failure_twin goes round after any failure: the failed call may
 * have pushed an error that the retried call then sees: OSSL001.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int report(const char *what);

int negotiate(SSL *ssl)
{
	int err;

	ERR_clear_error();
retry:
	err = SSL_connect(ssl);
	if (err != 1) {
		if (BIO_should_retry(SSL_get_rbio(ssl)))
			goto retry;
		switch (SSL_get_error(ssl, err)) {
		case SSL_ERROR_SYSCALL:
			return report("I/O error");
		case SSL_ERROR_SSL:
			return report("protocol error");
		default:
			return report("unknown error");
		}
	}
	return 0;
}

int retry_on_any_failure_twin(SSL *ssl, int tries)
{
	int err;

	ERR_clear_error();
retry:
	err = SSL_connect(ssl); // expect: OSSL001
	if (err != 1) {
		if (tries-- > 0)
			goto retry;
		switch (SSL_get_error(ssl, err)) {
		case SSL_ERROR_SYSCALL:
			return report("I/O error");
		default:
			return report("unknown error");
		}
	}
	return 0;
}
