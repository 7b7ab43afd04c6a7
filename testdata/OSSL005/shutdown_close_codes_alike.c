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
