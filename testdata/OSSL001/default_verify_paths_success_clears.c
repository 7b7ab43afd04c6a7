/*
 * SSL_CTX_set_default_verify_paths() ends its success with ERR_clear_error()
 * (OpenSSL 3.0's X509_STORE_set_default_paths_ex(): the default file,
 * directory and store may be missing, and their misses are cleared): where
 * its success is checked, the queue is empty, whatever ran before it (git's
 * imap-send). Here SSL_CTX_set_cipher_list() may push before it: no
 * OSSL001 at the SSL_connect(). The twin does not check the call's result:
 * its failure keeps the error, OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int classify(SSL *s, int r)
{
	int e = SSL_get_error(s, r);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int tls_connect(SSL_CTX *ctx, int fd)
{
	SSL *s;
	int r;

	SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL");
	if (!SSL_CTX_set_default_verify_paths(ctx))
		return -1;
	if (!(s = SSL_new(ctx)))
		return -1;
	if (SSL_set_fd(s, fd) != 1)
		return -1;
	r = SSL_connect(s);
	return r == 1 ? 1 : classify(s, r);
}

int tls_connect_unchecked_twin(SSL_CTX *ctx, int fd)
{
	SSL *s;
	int r;

	SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL");
	SSL_CTX_set_default_verify_paths(ctx);
	if (!(s = SSL_new(ctx)))
		return -1;
	if (SSL_set_fd(s, fd) != 1)
		return -1;
	r = SSL_connect(s); // expect: OSSL001
	return r == 1 ? 1 : classify(s, r);
}
