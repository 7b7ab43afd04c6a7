/*
 * A BIO method of the project's own whose ctrl is OpenSSL's socket ctrl
 * (shaped after rabbitmq-c's amqp_openssl_bio_init(),
 * librabbitmq/amqp_openssl_bio.c 0.15: BIO_meth_set_ctrl(m,
 * BIO_meth_get_ctrl(BIO_s_socket())), own read and write): the calls into
 * its ctrl answer as OpenSSL's socket method does, so the per-command roles
 * hold, and BIO_get_ktls_send() between SSL_read() and SSL_get_error()
 * pushes nothing (compare bio_ctrl_with_own_bio_method.c, whose method has
 * no ctrl: OSSL002 there).
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int sock_write(BIO *b, const char *data, int len)
{
	(void)b;
	(void)data;
	return len;
}

BIO *make_socket_bio(int fd)
{
	BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOCKET, "wrapped socket");
	BIO *b;

	if (m == NULL)
		return NULL;
	BIO_meth_set_create(m, BIO_meth_get_create(BIO_s_socket()));
	BIO_meth_set_destroy(m, BIO_meth_get_destroy(BIO_s_socket()));
	BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket()));
	BIO_meth_set_write(m, sock_write);
	if ((b = BIO_new(m)) == NULL)
		return NULL;
	BIO_set_fd(b, fd, BIO_NOCLOSE);
	return b;
}

int read_some(SSL *ssl, char *buf, int len, int *ktls)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	*ktls = BIO_get_ktls_send(SSL_get_wbio(ssl));
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}
