/*
 * memory_bio_no_eof/'s event loop, whose SSLs get their contexts from the
 * run's own functions, picked by a parameter (`if (client) ctx =
 * client_ctx(); else ctx = server_ctx();`) that every caller gives as a
 * constant. The checker analyses a copy of tls_sock_create() per constant
 * (checker/arg_context.h), without the branch the constant never takes; the
 * call left out of a copy is no function outside the run whose result gives
 * an SSL from outside (net-snmp's start_new_cached_connection()). Every SSL
 * still reads from a memory BIO: no OSSL005.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls_sock {
	SSL *ssl;
	BIO *in, *out;
	int closed;
};

static SSL_CTX *shared_ctx;

SSL_CTX *client_ctx(void)
{
	if (!shared_ctx)
		shared_ctx = SSL_CTX_new(TLS_client_method());
	return shared_ctx;
}

SSL_CTX *server_ctx(void)
{
	if (!shared_ctx)
		shared_ctx = SSL_CTX_new(TLS_server_method());
	return shared_ctx;
}

static int tls_sock_create(struct tls_sock *t, int client)
{
	SSL_CTX *ctx;

	if (client)
		ctx = client_ctx();
	else
		ctx = server_ctx();
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

int tls_sock_open_server(struct tls_sock *t)
{
	return tls_sock_create(t, 0);
}
