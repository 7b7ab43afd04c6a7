/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug: main.c's SSL writes through the program's own BIO method (BIO_meth_new, a write function, no
 * ctrl). conn.c's read_some (library code, reached only through the exported table tls_ops) calls
 * BIO_get_ktls_send(SSL_get_wbio(ssl)) = BIO_ctrl() between SSL_read() and SSL_get_error(); on a method with
 * no ctrl BIO_ctrl() pushes BIO_R_UNSUPPORTED_METHOD (bio_lib.c:565), so SSL_get_error() says SSL_ERROR_SSL
 * for a mere WANT_READ. 0d56ad4: OSSL002 at conn.c:16. 23517b1: nothing (the library part makes no BIO
 * method, so BIO_ctrl keeps its derived, pure role). */
/* Library code reached through its exported table only. */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls_ops {
	int (*read)(SSL *ssl, char *buf, int len, int *ktls);
};

static int read_some(SSL *ssl, char *buf, int len, int *ktls)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	*ktls = BIO_get_ktls_send(SSL_get_wbio(ssl)); /* BIO_ctrl on the program's own method: no ctrl, pushes */ // expect: OSSL002
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 0;
	return -1;
}

const struct tls_ops tls_ops = { read_some };
