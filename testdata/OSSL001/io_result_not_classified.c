/*
 * Shape: blocking client code (the "Introduction to OpenSSL Programming"
 * style and many CLI tools): SSL_write() <= 0 means failure, with no
 * SSL_get_error() in the function; a bare SSL_shutdown() at close; and the
 * queue printed on failure. Not a specific project.
 *
 * An io call whose result is never classified in the function is not
 * OSSL001, whatever came before it. Expected: no finding.
 */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int blocking_send_and_close(SSL *ssl, int fd, const char *msg, int len)
{
	if (SSL_set_fd(ssl, fd) != 1)
		return -1;
	if (SSL_connect(ssl) != 1) {
		ERR_print_errors_fp(stderr);
		return -1;
	}
	if (SSL_write(ssl, msg, len) <= 0) {
		ERR_print_errors_fp(stderr);
		return -1;
	}
	SSL_shutdown(ssl);
	return 0;
}
