/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Added false positive. main.c (the program) sets SSL_OP_IGNORE_UNEXPECTED_EOF on the run's only SSL_CTX and
 * reads its SSL through reader.c's exported table (library code, no call edge). reader.c's default returning
 * 0 like SSL_ERROR_ZERO_RETURN is the documented choice (testdata/OSSL005/ignore_unexpected_eof/). 0d56ad4:
 * nothing. 23517b1: OSSL005 at reader.c:14 (the library part does not see the program's option). */
/* The program: the only context of the run takes an EOF without close_notify
 * for a clean close (SSL_OP_IGNORE_UNEXPECTED_EOF); its SSL is read by the
 * library through its table. */
#include <openssl/ssl.h>
#include <stdio.h>

struct reader_ops {
	int (*read)(SSL *ssl, char *buf, int len);
};
extern const struct reader_ops tls_reader_ops;

int main(int argc, char **argv)
{
	char buf[4096];
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl;
	int n;

	(void)argv;
	if (ctx == NULL)
		return 1;
	SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_IGNORE_UNEXPECTED_EOF);
	ssl = SSL_new(ctx);
	SSL_set_fd(ssl, argc);
	if (SSL_connect(ssl) != 1)
		return 1;
	while ((n = tls_reader_ops.read(ssl, buf, sizeof buf)) > 0)
		fwrite(buf, 1, (size_t)n, stdout);
	return 0;
}
