/* The server module of buffered_filter/ (filter_bio.c: its SSLs write through
 * a BIO method that never asks to retry a write), in a run that also holds a
 * separate benchmark program (bench.c, its own main(), a socket for its
 * SSLs), as httpd's mod_ssl beside support/ab.c: the benchmark's socket
 * says nothing of the module's SSLs, which it never sees. Handling only
 * SSL_ERROR_WANT_READ here is correct: no OSSL003. The program's own read
 * does the same over a socket: OSSL003 there. program_calls_library/ is the
 * twin whose program calls the module. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n);
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}
