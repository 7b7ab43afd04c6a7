/*
 * After a first SSL_read(), the rest of the record is read with a length that
 * SSL_pending() reported (shaped after rsyslog's osslRecordRecv,
 * runtime/nsd_ossl.c, v8.2410): that second read asks for bytes already
 * decrypted, so it returns them and never reaches SSL_get_error(). Nothing
 * clears the queue before the first read: OSSL001 there, and only there.
 * The twins read the rest with a length that is not SSL_pending()'s
 * (read_rest_fixed), or without testing it positive (read_rest_untested, where
 * a 0 would make SSL_read() try the transport): OSSL001 at both reads.
 */
#include <stdlib.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

struct session {
	SSL *ssl;
	char *buf;
	int len;
};

static int classify(struct session *s, int n)
{
	int err = SSL_get_error(s->ssl, n);

	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}

int read_record(struct session *s)
{
	int n = SSL_read(s->ssl, s->buf, 4096); // expect: OSSL001

	if (n <= 0)
		return classify(s, n);
	s->len = n;
	int left = SSL_pending(s->ssl);
	if (left > 0) {
		char *more = realloc(s->buf, 4096 + (size_t)left);
		if (more == NULL)
			return -1;
		s->buf = more;
		n = SSL_read(s->ssl, s->buf + 4096, left);
		if (n <= 0)
			return classify(s, n);
		s->len += n;
	}
	return s->len;
}

int read_rest_fixed(struct session *s)
{
	int n = SSL_read(s->ssl, s->buf, 4096); // expect: OSSL001

	if (n <= 0)
		return classify(s, n);
	s->len = n;
	if (SSL_pending(s->ssl) > 0) {
		n = SSL_read(s->ssl, s->buf, 4096); // expect: OSSL001
		if (n <= 0)
			return classify(s, n);
		s->len = n;
	}
	return s->len;
}

int read_rest_untested(struct session *s)
{
	int n = SSL_read(s->ssl, s->buf, 2048); // expect: OSSL001

	if (n <= 0)
		return classify(s, n);
	s->len = n;
	int left = SSL_pending(s->ssl);
	n = SSL_read(s->ssl, s->buf + 2048, left); // expect: OSSL001
	if (n <= 0)
		return classify(s, n);
	return s->len + n;
}
