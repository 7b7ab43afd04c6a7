/*
 * An event loop that moves the TLS bytes itself (the shape of pjproject's
 * ssl_sock_ossl.c): every SSL of the run gets a pair of OpenSSL memory BIOs
 * (BIO_s_mem(), SSL_set_bio()), and the loop sends what the write BIO holds.
 * A memory BIO never asks to retry a write, so SSL_get_error() never says
 * SSL_ERROR_WANT_WRITE, and handling SSL_ERROR_WANT_READ alone is complete:
 * no OSSL003. memory_bio_socket_twin/ also gives an SSL a socket: OSSL003.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls_sock {
	SSL *ssl;
	BIO *in, *out;
};

int tls_sock_create(struct tls_sock *t, SSL_CTX *ctx)
{
	t->ssl = SSL_new(ctx);
	if (!t->ssl)
		return -1;
	t->in = BIO_new(BIO_s_mem());
	t->out = BIO_new(BIO_s_mem());
	if (!t->in || !t->out) {
		BIO_free(t->in);
		BIO_free(t->out);
		SSL_free(t->ssl);
		return -1;
	}
	SSL_set_bio(t->ssl, t->in, t->out);
	return 0;
}

int tls_sock_read(struct tls_sock *t, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(t->ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(t->ssl, n);
	if (err == SSL_ERROR_WANT_READ)
		return 0; /* feed more ciphertext into t->in */
	return -1;
}

int tls_sock_write(struct tls_sock *t, const char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_write(t->ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(t->ssl, n);
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}
