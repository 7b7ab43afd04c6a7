/*
 * Known false positive, kept: nsd's XFR-over-TLS client (xfrd-tcp.c,
 * conn_write_ssl): the classification logs anything but success, then the
 * I/O call's -1 goes to `if (errno == EAGAIN || errno == EINTR) return 0;`
 * ("try later"). Over a socket BIO either want comes from a send() or recv()
 * that failed with EAGAIN, which stays in errno, so the errno test tells the
 * want from a failure. An exemption for this shape was tried in the
 * twentieth session and again in the twenty-first, and withdrawn after
 * review both times (docs/audits.md): telling the want apart needs
 * the EAGAIN branch to do something a failure does not (not only log), the
 * I/O result's variable to still hold it, the errno not to be the program's
 * own, and every SSL of the run to read and write through a socket (a memory
 * BIO or SSL_MODE_AUTO_RETRY cleared makes wants with a stale errno). The
 * twin below, whose EAGAIN branch only logs, must stay reported whatever
 * comes of it (docs/audits.md, twentieth session).
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_msg(int level, const char *fmt, ...);

int write_told_apart(SSL *ssl, const char *buf, int len)
{
	int sent;

	ERR_clear_error();
	sent = SSL_write(ssl, buf, len);
	switch (SSL_get_error(ssl, sent)) { // expect-fp: OSSL003
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

int write_eagain_only_logged_twin(SSL *ssl, const char *buf, int len)
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
		if (errno == EAGAIN)
			log_msg(3, "socket would block");
		return -1;
	}
	return sent;
}
