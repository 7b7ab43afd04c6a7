/*
 * Twin of want_told_apart_by_errno.c: the run makes BIO methods of its own
 * (BIO_meth_new, BIO_meth_set_write), so a want may come from a write
 * function that asked to be retried without a socket call: errno need not
 * say EAGAIN, and the errno test does not tell the want apart. Reported.
 */
#include <errno.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);
int queue_bytes(BIO *b, const char *buf, int len);

static int queue_write(BIO *b, const char *buf, int len)
{
	BIO_clear_retry_flags(b);
	if (queue_bytes(b, buf, len) == 0) {
		BIO_set_retry_write(b);
		return -1;
	}
	return len;
}

BIO_METHOD *queue_method(void)
{
	BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOURCE_SINK, "queue");
	if (m)
		BIO_meth_set_write(m, queue_write);
	return m;
}

int write_told_apart(SSL *ssl, const char *buf, int len)
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
			return 0;
		return -1;
	}
	return sent;
}
