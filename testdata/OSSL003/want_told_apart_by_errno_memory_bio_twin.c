/*
 * Twin of want_told_apart_by_errno.c: the same write_told_apart(), in a run
 * that also gives an SSL a pair of memory BIOs. A memory BIO's empty read
 * asks to retry with no socket call, so a want may come with whatever errno
 * held before: the errno test tells nothing apart. Reported.
 */
#include <errno.h>
#include <string.h>
#include <sys/types.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);

static int write_told_apart(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) { // expect: OSSL003
	case SSL_ERROR_NONE:
		break;
	default:
		log_msg(3, "generic write problem with tls");
	}
	if (sent == -1) {
		if (errno == EAGAIN || errno == EINTR)
			return 0; /* would block, try later */
		return -1;
	}
	return sent;
}


int xfr_send(SSL_CTX *ctx, int fd, const char *buf, int len)
{
	SSL *ssl = SSL_new(ctx);
	int n;

	if (!ssl)
		return -1;
	if (!SSL_set_fd(ssl, fd)) {
		SSL_free(ssl);
		return -1;
	}
	n = write_told_apart(ssl, buf, len);
	SSL_free(ssl);
	return n;
}

SSL *memory_ssl(SSL_CTX *ctx)
{
	SSL *ssl = SSL_new(ctx);
	BIO *in = BIO_new(BIO_s_mem()), *out = BIO_new(BIO_s_mem());

	if (!ssl || !in || !out) {
		BIO_free(in);
		BIO_free(out);
		SSL_free(ssl);
		return NULL;
	}
	SSL_set_bio(ssl, in, out);
	return ssl;
}
