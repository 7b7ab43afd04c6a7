/*
 * Calls through function pointers get roles from the configuration next to
 * this file: a field of a struct by `struct.field` (tls_backend.send), a
 * pointer variable or parameter by its name (describe_cb), any pointer of a
 * typedef'd function type by the typedef (tls_recv_fn). Shaped after the
 * backend tables of curl (`struct Curl_ssl`) and libwebsockets'
 * `lws_tls_ops`. Written for ossl-lint.
 *
 * OSSL003 is disabled for this directory by the configuration.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef int tls_recv_fn(SSL *ssl, void *buf, int len);

struct tls_backend {
	tls_recv_fn *recv;                               /* io, by its typedef */
	int (*send)(SSL *ssl, const void *buf, int len); /* io, by struct.field */
	void (*reset_errors)(void);                      /* clear */
	int (*classify)(SSL *ssl, int ret);              /* classify ret (argument 2) */
	void (*trace)(const char *what);                 /* no role: neutral */
};

struct conn { SSL *ssl; const struct tls_backend *be; };

int read_no_clear(struct conn *c, char *buf, int len)
{
	int n = c->be->recv(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}

int write_after_backend_reset(struct conn *c, const char *buf, int len)
{
	int n;

	c->be->reset_errors();
	c->be->trace("write");
	n = c->be->send(c->ssl, buf, len);
	return n > 0 ? n : c->be->classify(c->ssl, n);
}

int write_classified_by_backend(struct conn *c, const char *buf, int len)
{
	int n = (*c->be->send)(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : c->be->classify(c->ssl, n);
}

int read_described_first(struct conn *c, char *buf, int len, void (*describe_cb)(void))
{
	int n;

	ERR_clear_error();
	n = c->be->recv(c->ssl, buf, len);
	if (n <= 0) {
		describe_cb(); // expect: OSSL004
		return SSL_get_error(c->ssl, n);
	}
	return n;
}

int unknown_pointer_is_neutral(struct conn *c, char *buf, int len, void (*hook)(void))
{
	int n;

	ERR_clear_error();
	hook();
	n = SSL_read(c->ssl, buf, len);
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}
