/*
 * An event loop that moves the TLS bytes itself through a pair of OpenSSL
 * memory BIOs (the shape of libcouchbase's lcbio SSL layer and of eXosip2's
 * DTLS transport): every SSL of the run reads from a BIO_new(BIO_s_mem()),
 * whose empty read returns -1 and asks to retry (bss_mem.c's default). No
 * read can meet an end without close_notify: a 0 from SSL_read() is the
 * peer's close_notify, and taking SSL_ERROR_SYSCALL as a close too loses
 * nothing (the program sees its socket's end itself). No OSSL005.
 * Twins: memory_bio_eof_return_twin/ sets BIO_set_mem_eof_return(in, 0),
 * after which an empty BIO reports an end; memory_bio_no_eof_socket_twin/
 * also gives an SSL a socket. Both: OSSL005.
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
	err = SSL_get_error(t->ssl, n);
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
