/*
 * io_result_kept_in_field.c with ERR_clear_error() right before each I/O
 * call, inside the wrapper and before the handshake: the classification
 * through the field reads the I/O call's own errors, and nothing is
 * reported.
 */
#include <errno.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

typedef struct tls_s {
	SSL *ssl;
	int ret;
} tls_t;

typedef struct conn_s {
	tls_t *tls;
	int fd;
	int error;
} conn_t;

long tls_write(tls_t *t, const void *buf, int len)
{
	ERR_clear_error();
	return t->ret = SSL_write(t->ssl, buf, len);
}

int tls_recoverable(tls_t *t)
{
	int error = SSL_get_error(t->ssl, t->ret);
	if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
		return 1;
	return 0;
}

int tls_handshake(tls_t *t)
{
	if (SSL_is_init_finished(t->ssl))
		return 0;
	ERR_clear_error();
	t->ret = SSL_connect(t->ssl);
	if (SSL_is_init_finished(t->ssl))
		return 0;
	if (!tls_recoverable(t))
		return -1;
	return 1;
}

static long conn_write(conn_t *c, const void *buf, int len)
{
	if (c->tls)
		return tls_write(c->tls, buf, len);
	return write(c->fd, buf, (size_t)len);
}

static int conn_recoverable(conn_t *c)
{
	if (c->tls)
		return tls_recoverable(c->tls);
	return errno == EAGAIN || errno == EWOULDBLOCK;
}

long try_write(conn_t *c, const unsigned char *data, int len)
{
	long ret;
	int pos = 0;

	do {
		ret = conn_write(c, data + pos, len - pos);
		if (ret > 0)
			pos += (int)ret;
	} while (pos < len && ret >= 0);

	if (ret < 0) {
		if (conn_recoverable(c)) {
			c->error = 1;
			return pos;
		}
		c->error = 2;
		return ret;
	}
	return pos;
}

long tls_read(tls_t *t, void *buf, int len)
{
	ERR_clear_error();
	return t->ret = SSL_read(t->ssl, buf, len);
}

static long conn_read(conn_t *c, void *buf, int len)
{
	if (c->tls)
		return tls_read(c->tls, buf, len);
	return read(c->fd, buf, (size_t)len);
}

int skip_body(conn_t *c, long len)
{
	char buffer[256];
	long got;

	while (len > 0) {
		got = conn_read(c, buffer, len > (long)sizeof(buffer) ? (int)sizeof(buffer) : (int)len);
		if (got == -1 && conn_recoverable(c))
			continue;
		else if (got <= 0)
			return -1;
		len -= got;
	}
	return 0;
}
