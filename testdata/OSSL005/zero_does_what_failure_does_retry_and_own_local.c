/*
 * A read through an SSL filter BIO whose 0 does what its failures do (nmh's
 * netsec_fillread()): after a 0 it retries where the BIO says so (`goto
 * retry;` back to the read), asks the filter for its SSL into a local of its
 * own (`BIO_get_ssl(b, &ssl)`), and where that fails records the error and
 * returns NOTOK, as the failed read's own way does. Neither the way back to
 * the read (the read's next run is its own question) nor what OpenSSL writes
 * into a local no caller sees is a record a caller could read: no finding
 * on fill_read().
 * Before, both kept the finding: the way back to the read was followed
 * through the read's own call and definition, and any argument written
 * through counted as a record.
 * The twins keep it:
 *  - fill_read_marks_eof_twin sets a field of the connection on the 0's way
 *    (`n->eof = 1;`), which a caller may read;
 *  - fill_read_ssl_out_twin hands the SSL out through its parameter
 *    (`BIO_get_ssl(n->io, out)`), which the caller sees.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#define OK 0
#define NOTOK (-1)

struct net {
	BIO *io;
	int len, eof;
	char buf[256];
};

void net_err(char **errstr, const char *fmt, ...);

void net_start_tls(struct net *n, SSL *ssl)
{
	n->io = BIO_new(BIO_f_ssl());
	BIO_set_ssl(n->io, ssl, BIO_NOCLOSE);
}

int fill_read(struct net *n, char **errstr)
{
	int rc;
retry:
	ERR_clear_error();
	rc = BIO_read(n->io, n->buf, sizeof n->buf);
	if (rc == 0) {
		SSL *ssl;
		if (BIO_should_retry(n->io))
			goto retry;
		if (BIO_get_ssl(n->io, &ssl) < 1) {
			net_err(errstr, "no SSL in the filter");
			return NOTOK;
		}
		if (SSL_get_error(ssl, rc) == SSL_ERROR_ZERO_RETURN)
			net_err(errstr, "peer closed");
		else
			net_err(errstr, "read failed");
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed: %s", ERR_error_string(ERR_get_error(), NULL));
		return NOTOK;
	}
	n->len += rc;
	return OK;
}

int fill_read_marks_eof_twin(struct net *n, char **errstr)
{
	int rc;
retry:
	ERR_clear_error();
	rc = BIO_read(n->io, n->buf, sizeof n->buf); // expect: OSSL005
	if (rc == 0) {
		SSL *ssl;
		if (BIO_should_retry(n->io))
			goto retry;
		if (BIO_get_ssl(n->io, &ssl) < 1) {
			n->eof = 1;
			net_err(errstr, "no SSL in the filter");
			return NOTOK;
		}
		if (SSL_get_error(ssl, rc) == SSL_ERROR_ZERO_RETURN)
			net_err(errstr, "peer closed");
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed: %s", ERR_error_string(ERR_get_error(), NULL));
		return NOTOK;
	}
	n->len += rc;
	return OK;
}

int fill_read_ssl_out_twin(struct net *n, SSL **out, char **errstr)
{
	int rc;
retry:
	ERR_clear_error();
	rc = BIO_read(n->io, n->buf, sizeof n->buf); // expect: OSSL005
	if (rc == 0) {
		if (BIO_should_retry(n->io))
			goto retry;
		if (BIO_get_ssl(n->io, out) < 1) {
			net_err(errstr, "no SSL in the filter");
			return NOTOK;
		}
		if (SSL_get_error(*out, rc) == SSL_ERROR_ZERO_RETURN)
			net_err(errstr, "peer closed");
		return NOTOK;
	}
	if (rc < 0) {
		net_err(errstr, "read failed: %s", ERR_error_string(ERR_get_error(), NULL));
		return NOTOK;
	}
	n->len += rc;
	return OK;
}
