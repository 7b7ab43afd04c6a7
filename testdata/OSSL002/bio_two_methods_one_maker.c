/*
 * Found by review of the third session of 2026-12-03 (a twin that a change
 * of that session had silenced, fixed the same session): the finding must stay.
 * Two BIO methods made by one helper (one BIO_meth_new call site): the
 * socket one borrows OpenSSL's ctrl, the output one has no ctrl at all, so
 * BIO_ctrl() on it pushes BIO_R_UNSUPPORTED_METHOD. One maker, one borrowed
 * setter: ctrls_all_borrowed() says every method borrows. */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int my_write(BIO *b, const char *data, int len)
{
	(void)b;
	(void)data;
	return len;
}

static BIO_METHOD *new_method(int type, const char *name)
{
	BIO_METHOD *m = BIO_meth_new(type, name);
	if (m != NULL)
		BIO_meth_set_write(m, my_write);
	return m;
}

BIO *make_socket_bio(int fd)
{
	BIO_METHOD *m = new_method(BIO_TYPE_SOCKET, "wrapped socket");
	BIO *b;

	if (m == NULL)
		return NULL;
	BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket()));
	if ((b = BIO_new(m)) == NULL)
		return NULL;
	BIO_set_fd(b, fd, BIO_NOCLOSE);
	return b;
}

BIO *make_output_bio(void)
{
	BIO_METHOD *m = new_method(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "output");
	return m ? BIO_new(m) : NULL; /* no ctrl */
}

int read_some(SSL *ssl, char *buf, int len, int *ktls)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	*ktls = BIO_get_ktls_send(SSL_get_wbio(ssl)); // expect: OSSL002
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}
