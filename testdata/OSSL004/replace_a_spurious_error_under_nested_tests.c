/*
 * Shape: lighttpd mod_openssl.c `connection_write_cq_ssl_ktls` (2026-07):
 * OpenSSL before 3.4 reports a failed kTLS SSL_sendfile() as
 * SSL_R_UNINITIALIZED, so the code peeks at the top error and, for that reason
 * only and when errno is set, pops it (storing the code it takes off back into
 * the peeked variable) and raises an ERR_LIB_SYS error with errno in its place,
 * for its classifier to read as SSL_ERROR_SYSCALL.
 *
 * The pop runs only where the peeked code was found to be that reason, though
 * under a further test (errnum): a selective pop, no OSSL004. The raise is the
 * code's own ERR_raise_data(), the error it means the classification to read:
 * no OSSL002.
 *
 * The twins: pop_without_peek() pops under the errno test alone, whatever the
 * top error is (OSSL004); push_before_classify() loads a certificate between
 * the call and its classification, which may push an error of its own
 * (OSSL002).
 */
#include <errno.h>
#include <sys/types.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int classify(SSL *ssl, int wr)
{
	switch (SSL_get_error(ssl, wr)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int send_file(SSL *ssl, int fd, off_t off, size_t len)
{
	ossl_ssize_t wr;

	ERR_clear_error();
	wr = SSL_sendfile(ssl, fd, off, len, 0);
	if (wr < 0) {
		unsigned long err = ERR_peek_error();
		if (err && ERR_GET_LIB(err) != ERR_LIB_SYS && ERR_GET_REASON(err) == SSL_R_UNINITIALIZED) {
			int errnum = errno;
			if (errnum) {
				err = ERR_get_error(); /* the spurious error, taken off */
				ERR_raise_data(ERR_LIB_SYS, errnum, "ktls_sendfile failure");
			}
		}
		return classify(ssl, (int)wr);
	}
	return 0;
}

int pop_without_peek(SSL *ssl, int fd, off_t off, size_t len)
{
	ossl_ssize_t wr;

	ERR_clear_error();
	wr = SSL_sendfile(ssl, fd, off, len, 0);
	if (wr < 0) {
		int errnum = errno;
		if (errnum) {
			(void)ERR_get_error(); // expect: OSSL004
			ERR_raise_data(ERR_LIB_SYS, errnum, "ktls_sendfile failure");
		}
		return classify(ssl, (int)wr);
	}
	return 0;
}

int push_before_classify(SSL *ssl, int fd, off_t off, size_t len)
{
	ossl_ssize_t wr;

	ERR_clear_error();
	wr = SSL_sendfile(ssl, fd, off, len, 0);
	if (wr < 0) {
		SSL_use_certificate_file(ssl, "server.pem", SSL_FILETYPE_PEM); // expect: OSSL002
		return classify(ssl, (int)wr);
	}
	return 0;
}
