/*
 * Caller context, an address taken: tls_ops_read() is called directly only
 * after ERR_clear_error(), but its address is also stored in an operations
 * table (the shape of libwebsockets' and curl's backend tables), so code the
 * run cannot follow may call it with anything on the queue: OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
};

struct io_ops {
	int (*read)(struct conn *c, char *buf, int len);
};

int tls_ops_read(struct conn *c, char *buf, int len)
{
	int n = SSL_read(c->ssl, buf, len); // expect: OSSL001
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

const struct io_ops tls_io_ops = {
	.read = tls_ops_read,
};

int read_now(struct conn *c, char *buf, int len)
{
	ERR_clear_error();
	return tls_ops_read(c, buf, len);
}
