/*
 * Twin of memory_bio_no_eof/: api.c exports a read of an SSL its callers
 * give it (not static, an SSL parameter given to SSL_read()), whose BIOs
 * code outside the run attaches, so the part cannot say every SSL reads from
 * memory: OSSL005 on both classifications that take SSL_ERROR_SYSCALL as a
 * close. (An exported function that takes an SSL only to check its
 * certificate, with no I/O on it, does not count.)
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls_sock {
	SSL *ssl;
	BIO *in, *out;
	int closed;
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
	err = SSL_get_error(t->ssl, n); // expect: OSSL005
	switch (err) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0; /* feed more ciphertext into t->in */
	case SSL_ERROR_ZERO_RETURN:
	case SSL_ERROR_SYSCALL:
		t->closed = 1;
		return 0;
	default:
		return -1;
	}
}
