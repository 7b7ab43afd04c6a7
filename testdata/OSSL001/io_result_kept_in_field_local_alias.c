/*
 * As io_result_kept_in_field.c, with the classifier reaching the kept result
 * through a local that aliases the parameter's field (`tls_t *t = c->tls;`,
 * never assigned again): it is a classifier of an I/O result kept in a field
 * all the same, so the write that no clear precedes is reported at the
 * caller's call. conn_recoverable_reassigned() gives its local another value
 * on one way: no longer an alias of the parameter's field, it classifies no
 * caller's result, and the read before its call is not reported.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

typedef struct tls_s {
	SSL *ssl;
	int ret;
} tls_t;

typedef struct conn_s {
	tls_t *tls;
	tls_t *spare;
	int fd;
} conn_t;

static long conn_write(conn_t *c, const void *buf, int len)
{
	tls_t *t = c->tls;

	return t->ret = SSL_write(t->ssl, buf, len);
}

static long conn_read(conn_t *c, void *buf, int len)
{
	tls_t *t = c->tls;

	return t->ret = SSL_read(t->ssl, buf, len);
}

static int conn_recoverable(conn_t *c)
{
	tls_t *t = c->tls;
	int error = SSL_get_error(t->ssl, t->ret);

	return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE;
}

static int conn_recoverable_reassigned(conn_t *c, int spare)
{
	tls_t *t = c->tls;
	int error;

	if (spare)
		t = c->spare;
	error = SSL_get_error(t->ssl, t->ret);
	return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE;
}

long send_all(conn_t *c, const unsigned char *data, int len)
{
	long ret = conn_write(c, data, len); // expect: OSSL001

	if (ret < 0 && conn_recoverable(c))
		return 0;
	return ret;
}

long recv_some(conn_t *c, unsigned char *data, int len)
{
	long ret = conn_read(c, data, len);

	if (ret < 0 && conn_recoverable_reassigned(c, 0))
		return 0;
	return ret;
}
