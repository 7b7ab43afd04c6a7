/*
 * Found by review of the twenty-fourth session (zero_does_what_failure_does_
 * retry_and_own_local.c's change, fixed the same session): each 0 below is
 * taken as the end of the data and must stay reported.
 *  - hands_local_to_finish: what BIO_get_ssl() wrote into a local on the 0's
 *    way goes to the shared return's call: the caller learns the close;
 *  - marks_clean_close: the SSL fetched into a local is marked as having
 *    received close_notify (SSL_set_shutdown()), which no failure does;
 *  - marks_quiet_shutdown: quiet shutdown asked for on the 0's way (a later
 *    SSL_shutdown() sets both bits and the session stays resumable);
 *  - marks_clean_close_direct: SSL_set_shutdown() on the read's own SSL (a
 *    gap older than the change: a call given only an SSL was no record);
 *  - retry_stores_first: a field set before the way goes back to the read.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#define NOTOK (-1)

struct net {
	SSL *ssl;
	BIO *io;
	int len, eof;
	char buf[256];
};

void net_err(char **errstr, const char *fmt, ...);
long finish(struct net *n, SSL *closed);
void log_line(const char *s);

long hands_local_to_finish(struct net *n)
{
	int i;
	SSL *closed = NULL;
	ERR_clear_error();
	i = SSL_read(n->ssl, n->buf, sizeof n->buf); // expect: OSSL005
	if (i <= 0) {
		if (i)
			log_line("SSL read error");
		else
			BIO_get_ssl(n->io, &closed);
		return finish(n, closed);
	}
	n->len = i;
	return 1;
}

int marks_clean_close(struct net *n, char **errstr)
{
	int rc;
	ERR_clear_error();
	rc = SSL_read(n->ssl, n->buf, sizeof n->buf); // expect: OSSL005
	if (rc == 0) {
		SSL *s;
		BIO_get_ssl(n->io, &s);
		SSL_set_shutdown(s, SSL_RECEIVED_SHUTDOWN);
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed");
		return NOTOK;
	}
	n->len += rc;
	return 0;
}

int marks_quiet_shutdown(struct net *n, char **errstr)
{
	int rc;
	ERR_clear_error();
	rc = SSL_read(n->ssl, n->buf, sizeof n->buf); // expect: OSSL005
	if (rc == 0) {
		SSL *s;
		BIO_get_ssl(n->io, &s);
		SSL_set_quiet_shutdown(s, 1);
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed");
		return NOTOK;
	}
	n->len += rc;
	return 0;
}

int marks_clean_close_direct(struct net *n, char **errstr)
{
	int rc;
	ERR_clear_error();
	rc = SSL_read(n->ssl, n->buf, sizeof n->buf); // expect: OSSL005
	if (rc == 0) {
		SSL_set_shutdown(n->ssl, SSL_RECEIVED_SHUTDOWN);
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed");
		return NOTOK;
	}
	n->len += rc;
	return 0;
}

int retry_stores_first(struct net *n, char **errstr)
{
	int rc;
retry:
	ERR_clear_error();
	rc = SSL_read(n->ssl, n->buf, sizeof n->buf); // expect: OSSL005
	if (rc == 0) {
		if (BIO_should_retry(n->io)) {
			n->eof = 1;
			goto retry;
		}
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed");
		return NOTOK;
	}
	n->len += rc;
	return 0;
}
