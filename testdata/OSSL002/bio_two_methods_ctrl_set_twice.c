/*
 * Found by review of the third session of 2026-12-03 (a twin that a change
 * of that session had silenced, fixed the same session): the finding must stay.
 * Two methods: the first gets OpenSSL's socket ctrl on each of two ways
 * (two BIO_meth_set_ctrl calls), the second gets none. Two makers, two
 * borrowed setters: ctrls_all_borrowed() counts them even. */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int my_write(BIO *b, const char *data, int len)
{
	(void)b;
	(void)data;
	return len;
}

BIO *make_socket_bio(int fd, int dgram)
{
	BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOCKET, "wrapped socket");
	BIO *b;

	if (m == NULL)
		return NULL;
	if (dgram)
		BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_datagram()));
	else
		BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket()));
	BIO_meth_set_write(m, my_write);
	if ((b = BIO_new(m)) == NULL)
		return NULL;
	BIO_set_fd(b, fd, BIO_NOCLOSE);
	return b;
}

BIO *make_output_bio(void)
{
	BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "output");
	if (m == NULL)
		return NULL;
	BIO_meth_set_write(m, my_write); /* no ctrl */
	return BIO_new(m);
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
