/* The program: its SSL writes through a BIO method of its own, which has no
 * ctrl function (BIO_ctrl() on it pushes BIO_R_UNSUPPORTED_METHOD). */
#include <openssl/bio.h>
#include <openssl/ssl.h>
#include <stdio.h>

struct tls_ops {
	int (*read)(SSL *ssl, char *buf, int len, int *ktls);
};
extern const struct tls_ops tls_ops;

static int out_write(BIO *b, const char *data, int len)
{
	(void)b;
	(void)data;
	return len;
}

int main(int argc, char **argv)
{
	char buf[4096];
	int ktls;
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = SSL_new(ctx);
	BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "output");
	(void)argv;
	BIO_meth_set_write(m, out_write);
	SSL_set_bio(ssl, BIO_new_fd(argc, BIO_NOCLOSE), BIO_new(m));
	SSL_set_connect_state(ssl);
	printf("%d\n", tls_ops.read(ssl, buf, sizeof buf, &ktls));
	return 0;
}
