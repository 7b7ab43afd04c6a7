/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug: conn.c (library code) stores conn_read in main.c's global hook tls_reader from an
 * __attribute__((constructor)); main.c reads its SSL, over a non-blocking socket, through the hook.
 * conn_read handles only SSL_ERROR_WANT_READ (SSL_ERROR_WANT_WRITE drops the connection). filter_bio.c:
 * other library code with a never-retrying write BIO method. 0d56ad4: OSSL003 at conn.c:15. 23517b1:
 * nothing (no call edge nor address taken across main.c and conn.c; the library part's facts say
 * "writes never retry"). */
/* Library code: registers its reader in the program's hook at load time. */
#include <openssl/err.h>
#include <openssl/ssl.h>

extern int (*tls_reader)(SSL *ssl, char *buf, int len);

static int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}

__attribute__((constructor)) static void conn_register(void)
{
	tls_reader = conn_read;
}
