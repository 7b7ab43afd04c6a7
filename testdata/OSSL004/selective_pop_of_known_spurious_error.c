/*
 * A selective pop: after a first classification said SSL_ERROR_SSL, only the
 * errors on top of the queue that the code knows to be spurious (one reason,
 * peeked at first) are taken off, so that they stop masking the other
 * results; every other error stays for the second classification (shape of
 * FreeRADIUS's handshake continuation, which pops OpenSSL 3.0's spurious
 * BIO_R_UNSUPPORTED_METHOD). No finding.
 * drain_all_twin takes every error off before classifying: OSSL004.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int handshake_step(SSL *ssl)
{
	int ret, err;
	unsigned long e;

	ERR_clear_error();
	ret = SSL_do_handshake(ssl);
	if (ret == 1)
		return 1;
	if (SSL_get_error(ssl, ret) == SSL_ERROR_SSL) {
		while ((e = ERR_peek_error()) && ERR_GET_REASON(e) == BIO_R_UNSUPPORTED_METHOD)
			(void)ERR_get_error();
	}
	switch (err = SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
	case SSL_ERROR_WANT_ASYNC:
		return 0;
	default:
		return -1;
	}
}

int drain_all_twin(SSL *ssl)
{
	int ret;

	ERR_clear_error();
	ret = SSL_do_handshake(ssl);
	if (ret == 1)
		return 1;
	while (ERR_peek_error())
		(void)ERR_get_error(); // expect: OSSL004
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}
