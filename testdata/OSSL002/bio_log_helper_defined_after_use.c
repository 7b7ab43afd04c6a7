/*
 * Shape: a same-file logging helper that formats into a memory BIO (BIO_new,
 * BIO_printf, BIO_free are not pure: they may push), called between
 * SSL_write() and SSL_get_error(). The helper is DEFINED AFTER its use.
 * Not a specific project.
 *
 * Expected: OSSL002 on the call to trace_io(). No OSSL001 (clear first), no
 * OSSL003 (both wants), no OSSL004 (trace_io drains nothing).
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>

void emit(const char *s, long n);

static void trace_io(const char *what, int n);

int traced_write(SSL *ssl, const void *buf, int len)
{
	int n, e;

	ERR_clear_error();
	n = SSL_write(ssl, buf, len);
	trace_io("SSL_write", n); // expect: OSSL002
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ)
		return 0;
	return -1;
}

static void trace_io(const char *what, int n)
{
	char *data = NULL;
	long len;
	BIO *mem = BIO_new(BIO_s_mem());

	if (mem == NULL)
		return;
	BIO_printf(mem, "%s -> %d", what, n);
	len = BIO_get_mem_data(mem, &data);
	emit(data, len);
	BIO_free(mem);
}
