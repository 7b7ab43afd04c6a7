/*
 * SSL filters made in the shapes OpenSSL's own demos use: the head of a
 * chain, `BIO_push(BIO_new_ssl(ctx, 1), sock)` (BIO_push() returns the BIO
 * it is given first), kept in a local and in a field; and
 * `BIO_new_ex(NULL, BIO_f_ssl())`, whose method is its second argument.
 * Their BIO_read() and BIO_write() are their SSL's SSL_read() and
 * SSL_write(), classified by SSL_get_error(): no OSSL006, and with the
 * clears and both wants handled, nothing at all. (Review of 3ef132c: these
 * were not known to be filters, and each classification was OSSL006.) The
 * twin, read_socket_head(): a chain whose head is the socket: OSSL006.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct tls_conn {
	BIO *filter;
	SSL *ssl;
};

int open_chain(struct tls_conn *c, SSL_CTX *ctx, int fd)
{
	BIO *sock = BIO_new_socket(fd, BIO_NOCLOSE);
	if (!sock)
		return -1;
	c->filter = BIO_push(BIO_new_ssl(ctx, 1), sock);
	if (!c->filter)
		return -1;
	BIO_get_ssl(c->filter, &c->ssl);
	return 0;
}

int send_chain(struct tls_conn *c, const char *p, int len)
{
	ERR_clear_error();
	int n = BIO_write(c->filter, p, len);
	if (n > 0)
		return n;
	int e = SSL_get_error(c->ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int read_chain_once(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl = NULL;
	BIO *head = BIO_push(BIO_new_ssl(ctx, 1), BIO_new_socket(fd, BIO_NOCLOSE));
	if (!head)
		return -1;
	BIO_get_ssl(head, &ssl);
	ERR_clear_error();
	int n = BIO_read(head, buf, len);
	int e = n > 0 ? SSL_ERROR_NONE : SSL_get_error(ssl, n);
	BIO_free_all(head);
	if (e == SSL_ERROR_NONE)
		return n;
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int read_new_ex(SSL *ssl, char *buf, int len)
{
	BIO *f = BIO_new_ex(NULL, BIO_f_ssl());
	if (!f)
		return -1;
	(void)BIO_set_ssl(f, ssl, BIO_NOCLOSE);
	ERR_clear_error();
	int n = BIO_read(f, buf, len);
	if (n > 0) {
		BIO_free(f);
		return n;
	}
	int e = SSL_get_error(ssl, n);
	BIO_free(f);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

/* The twin: the head of this chain is the socket, the filter comes after it:
 * the BIO read is the socket's, not SSL_read(). */
int read_socket_head(SSL_CTX *ctx, SSL *ssl, int fd, char *buf, int len)
{
	BIO *head = BIO_push(BIO_new_socket(fd, BIO_NOCLOSE), BIO_new_ssl(ctx, 1));
	if (!head)
		return -1;
	ERR_clear_error();
	int n = BIO_read(head, buf, len);
	BIO_free_all(head);
	if (n > 0)
		return n;
	int e = SSL_get_error(ssl, n); // expect: OSSL006
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
