/*
 * b's write failed and its result is kept in b->ret; a's side is shut down
 * before b's failure is classified through the field (a review of the field
 * classifiers, sixteenth session). The classification is linked to the last
 * I/O call, SSL_shutdown(a), and reported there: the shutdown may push, and
 * b's classification may then read that error. A clear right before the
 * shutdown would empty the queue of b's own error before its
 * classification, so no fix-it is given, and the message says to clear
 * before the I/O call whose result is classified (in truth the shutdown
 * runs between b's write and its classification: OSSL002's case, which a
 * link to the last I/O call cannot tell; tests/test_formats.py checks the
 * message and the missing fix-it). relay_step(): b's write is proved a
 * success before a's classification, which stays linked to a's read: nothing.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

typedef struct {
	SSL *ssl;
	int ret;
	const char *pend;
	int plen;
} tls_t;

long tls_read(tls_t *t, void *buf, int len)
{
	ERR_clear_error();
	return t->ret = SSL_read(t->ssl, buf, len);
}

int tls_recoverable(tls_t *t)
{
	int e = SSL_get_error(t->ssl, t->ret);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

int relay_step(tls_t *a, tls_t *b, char *buf, int len)
{
	long n = tls_read(a, buf, len);
	if (b->plen > 0) {
		int w = SSL_write(b->ssl, b->pend, b->plen);
		if (w <= 0)
			return -2;
		b->plen = 0;
	}
	if (n <= 0)
		return tls_recoverable(a) ? 0 : -1;
	return (int)n;
}

int close_pair(tls_t *a, tls_t *b, const char *buf, int len)
{
	ERR_clear_error();
	b->ret = SSL_write(b->ssl, buf, len);
	if (b->ret <= 0) {
		SSL_shutdown(a->ssl); // expect: OSSL001
		if (!tls_recoverable(b))
			return -1;
		return 0;
	}
	return b->ret;
}
