/*
 * An SSL_get_error() code formatted with ERR_error_string_n(): the text names
 * no library and no reason ("error:00000005:lib(0)::reason(5)" for
 * SSL_ERROR_SYSCALL), so the log says nothing of what failed. Shaped after
 * servers that log "SSL error: %s" with the classification.
 * Expected: OSSL006 on ERR_error_string_n. The twin formats the queue's
 * codes and is silent.
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int write_all(SSL *ssl, const char *buf, int len)
{
	char text[256];
	int n, err;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ)
		return 0;
	ERR_error_string_n(err, text, sizeof(text)); // expect: OSSL006
	fprintf(stderr, "SSL_write: %s\n", text);
	return -1;
}

int write_all_twin(SSL *ssl, const char *buf, int len)
{
	char text[256];
	unsigned long code;
	int n, err;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ)
		return 0;
	while ((code = ERR_get_error()) != 0) {
		ERR_error_string_n(code, text, sizeof(text));
		fprintf(stderr, "SSL_write: %s (SSL_get_error %d)\n", text, err);
	}
	return -1;
}
