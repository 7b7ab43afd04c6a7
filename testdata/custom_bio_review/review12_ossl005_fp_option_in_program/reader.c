/* Library code (reached through the exported table tls_reader_ops): the
 * default returns the clean close's 0, as testdata/OSSL005/ignore_unexpected_eof/reader.c. */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int tls_read(SSL *ssl, char *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	switch (SSL_get_error(ssl, n)) {
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	default:
		return 0;
	}
}

struct reader_ops {
	int (*read)(SSL *ssl, char *buf, int len);
};
const struct reader_ops tls_reader_ops = { tls_read };
