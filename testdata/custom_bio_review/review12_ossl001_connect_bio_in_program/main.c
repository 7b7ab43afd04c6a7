/* The program: its SSL's transport is a connect BIO (bss_conn.c pushes
 * ERR_LIB_SYS errors when connecting fails), written through the library's table. */
#include <openssl/bio.h>
#include <openssl/ssl.h>

struct io_ops {
	int (*write_all)(SSL *ssl, int fd, const char *buf, int len);
};
extern const struct io_ops tls_io;

int main(int argc, char **argv)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = SSL_new(ctx);
	BIO *b = BIO_new_connect(argc > 1 ? argv[1] : "localhost:443");

	if (!ssl || !b)
		return 1;
	BIO_set_nbio(b, 1);
	SSL_set_bio(ssl, b, b);
	SSL_set_connect_state(ssl);
	return tls_io.write_all(ssl, (int)BIO_get_fd(b, NULL), "GET /\r\n", 7) < 0;
}
