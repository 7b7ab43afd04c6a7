/* Review reproducer (eighth session): a constant the parameter does not hold as written; the call it seems to rule out is live: OSSL001. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <unistd.h>
static int write_ssl(SSL *ssl, void *buf, int size)
{
	int n = SSL_write(ssl, buf, size); // expect: OSSL001
	if (n > 0)
		return 0;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 1;
	default:
		return -1;
	}
}
static int write_complete(_Bool tls, SSL *ssl, int fd, void *buf, int size)
{
	if (tls == 1)
		return write_ssl(ssl, buf, size);
	return write(fd, buf, size) == size ? 0 : 1;
}
int main(void)
{
	char b[4] = {0};
	SSL *s = SSL_new(SSL_CTX_new(TLS_client_method()));
	BIO *x = BIO_new_file("/nonexistent", "r");
	BIO_free(x);
	return write_complete(2, s, 1, b, 4);
}
