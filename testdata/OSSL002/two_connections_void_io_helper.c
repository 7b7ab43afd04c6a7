/* Two connections, correct code. a is read and its failure classified at
 * once (a want: nothing to copy now); then b's pending output is flushed by
 * a void helper that keeps SSL_write()'s result in b->ret, the caller
 * clearing the queue right before it, and b's result is classified through
 * the field. The flush ends the link to a's SSL_read(), so neither the
 * clear (OSSL004) nor the flush (OSSL002) runs "between" a's read and a
 * classification of it. Nothing is reported. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <string.h>

typedef struct {
	SSL *ssl;
	int ret;
	char out[4096];
	int outlen;
} tls_t;

int tls_recoverable(tls_t *t)
{
	int e = SSL_get_error(t->ssl, t->ret);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

static void flush_out(tls_t *t)
{
	t->ret = SSL_write(t->ssl, t->out, t->outlen);
	if (t->ret > 0)
		t->outlen = 0;
}

/* copies what a sends into b's output, then flushes b's output */
int relay(tls_t *a, tls_t *b)
{
	int room = (int)sizeof b->out - b->outlen;
	if (room > 0) {
		ERR_clear_error();
		int n = SSL_read(a->ssl, b->out + b->outlen, room);
		if (n <= 0) {
			int e = SSL_get_error(a->ssl, n);
			if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
				return -1;
		} else {
			b->outlen += n;
		}
	}
	if (b->outlen > 0) {
		ERR_clear_error();
		flush_out(b);
		if (b->ret <= 0 && !tls_recoverable(b))
			return -1;
	}
	return 0;
}
