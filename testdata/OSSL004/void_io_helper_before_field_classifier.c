/* The I/O whose result goes into the field runs in a callee that is no
 * I/O wrapper (it returns void); the caller classifies the field right
 * after. The last I/O call the caller sees is an earlier SSL_read(), already
 * classified: a call that does TLS I/O it does not hand back ends that
 * link, so the classification is of no I/O call of the caller, and the
 * callee's own ERR_clear_error() is no drain "between" (found by a review
 * of the field classifiers, sixteenth session). Correct code: nothing. */
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef struct {
	SSL *ssl;
	int ret;
	const char *out;
	int outlen;
} tls_t;

int tls_recoverable(tls_t *t)
{
	int e = SSL_get_error(t->ssl, t->ret);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

static void flush_out(tls_t *t)
{
	ERR_clear_error();
	t->ret = SSL_write(t->ssl, t->out, t->outlen);
	if (t->ret > 0)
		t->outlen = 0;
}

int service(tls_t *t, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(t->ssl, buf, len);
	if (n <= 0) {
		int e = SSL_get_error(t->ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			return -1;
		n = 0;
	}
	if (t->outlen > 0) {
		flush_out(t);
		if (t->ret <= 0 && !tls_recoverable(t))
			return -1;
	}
	return n;
}
