/* A teardown's SSL_shutdown() classification that takes
 * SSL_ERROR_ZERO_RETURN and SSL_ERROR_SYSCALL alike (clixon's RESTCONF
 * server, restconf_native.c: both free the SSL and close the socket).
 * SSL_shutdown() delivers no application data (it reads only to find the
 * peer's close_notify), so a close without close_notify there cuts nothing
 * short: no finding (before, OSSL005; the model's `no_data_io`). The twin
 * is the same shape on SSL_read(): OSSL005.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

struct conn {
	SSL *ssl;
	int fd;
};

static void conn_free(struct conn *c)
{
	SSL_free(c->ssl);
	c->ssl = NULL;
	close(c->fd);
	c->fd = -1;
}

int conn_shutdown(struct conn *c)
{
	int ret;
	ERR_clear_error();
	if ((ret = SSL_shutdown(c->ssl)) < 0) {
		switch (SSL_get_error(c->ssl, ret)) {
		case SSL_ERROR_ZERO_RETURN:
		case SSL_ERROR_SYSCALL:
			conn_free(c);
			return 0;
		default:
			conn_free(c);
			return -1;
		}
	}
	conn_free(c);
	return 0;
}

int conn_read_twin(struct conn *c, char *buf, int len)
{
	int ret;
	ERR_clear_error();
	if ((ret = SSL_read(c->ssl, buf, len)) <= 0) {
		switch (SSL_get_error(c->ssl, ret)) { // expect: OSSL005
		case SSL_ERROR_ZERO_RETURN:
		case SSL_ERROR_SYSCALL:
			conn_free(c);
			return 0;
		default:
			conn_free(c);
			return -1;
		}
	}
	return ret;
}

/* Found by review: a teardown helper that shuts down first and then
 * classifies the result it was handed, a read's: the classification is the
 * read's, whose 0 and SSL_ERROR_SYSCALL it takes alike (before the review,
 * linked to the SSL_shutdown() that ran last and left out). OSSL001 takes
 * the classification for the SSL_shutdown()'s, the I/O call that ran last. */
static int finish_after_read(struct conn *c, int n)
{
	SSL_shutdown(c->ssl); // expect: OSSL001
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_ZERO_RETURN:
	case SSL_ERROR_SYSCALL:
		conn_free(c);
		return 0;
	default:
		conn_free(c);
		return -1;
	}
}

int conn_read_teardown_twin(struct conn *c, char *buf, int len)
{
	int n;
	ERR_clear_error();
	n = SSL_read(c->ssl, buf, len);
	if (n <= 0)
		return finish_after_read(c, n);
	return n;
}
