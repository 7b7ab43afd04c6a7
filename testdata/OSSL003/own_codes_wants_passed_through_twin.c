/*
 * Twin of own_status_codes_equal_to_wants.c, in the shape of paho.mqtt.c's
 * SSLSocket_error(): the classifier maps SSL_ERROR_SSL and
 * SSL_ERROR_SYSCALL to a code of its own but hands the wants back as they
 * are, so its summary does not say it returns the SSL_ERROR_* code; the
 * caller tests SSL_ERROR_WANT_WRITE, written as that name, and never
 * SSL_ERROR_WANT_READ: a write that wants to read is taken as a failure.
 * Reported.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

#define TLS_FATAL (-3)

static int tls_error(SSL *ssl, int rc)
{
	int error = SSL_get_error(ssl, rc);
	if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
		return error;
	ERR_print_errors_fp(stderr);
	if (error == SSL_ERROR_SSL || error == SSL_ERROR_SYSCALL)
		error = TLS_FATAL;
	return error;
}

int put_data(SSL *ssl, const char *buf, int len)
{
	int rc;

	ERR_clear_error();
	rc = SSL_write(ssl, buf, len);
	if (rc == len)
		return 0;
	if (tls_error(ssl, rc) == SSL_ERROR_WANT_WRITE) // expect: OSSL003
		return 1;
	return -1;
}
