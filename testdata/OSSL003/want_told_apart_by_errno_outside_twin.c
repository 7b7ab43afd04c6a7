/*
 * Twin of want_told_apart_by_errno.c: the same classification in a function
 * that code outside the run may call with an SSL of its own (not static, an
 * SSL parameter), whose BIOs the run cannot see: a memory BIO's want comes
 * with a stale errno. Reported.
 */
#include <errno.h>
#include <string.h>
#include <sys/types.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);

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
