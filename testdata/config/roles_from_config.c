/* The configuration next to this file (.ossl-lint.yaml) gives roles to two
 * external functions and disables OSSL003 for this directory. */
#include <openssl/ssl.h>
#include <openssl/err.h>

void tls_backend_reset_errors(void); /* defined in another library */
void extlog_dump_openssl(void);      /* defined in another library */

int read_cleared_by_config_role(SSL *ssl, char *buf)
{
	int n, err;

	tls_backend_reset_errors(); /* a clear, by configuration: no OSSL001 */
	n = SSL_read(ssl, buf, 16);
	err = SSL_get_error(ssl, n); /* WANT_READ only: OSSL003 disabled here */
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return n;
}

int drained_by_config_role(SSL *ssl, char *buf)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, 16);
	extlog_dump_openssl(); // expect: OSSL004
	err = SSL_get_error(ssl, n);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE;
}
