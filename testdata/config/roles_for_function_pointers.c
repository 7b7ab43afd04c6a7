/*
 * Calls through function pointers get roles from the configuration next to
 * this file: a field of a struct by `struct.field` (tls_backend.send), a
 * pointer variable or parameter by its name (describe_cb), any pointer of a
 * typedef'd function type by the typedef (tls_recv_fn, found from the type
 * of the callee itself: a table element, a returned pointer, a cast), a struct
 * by its typedef name as well as its tag (tls_ops_t.write). Shaped after the
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

struct conn { SSL *ssl; const struct tls_backend *be; void *reader; };

typedef struct tls_ops_s { int (*write)(SSL *ssl, const void *buf, int len); } tls_ops_t;

tls_recv_fn *pick_reader(struct conn *c);

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

/* The typedef is found from the callee's own type: an array element, a
 * returned pointer, a cast. */
int read_through_table(SSL *ssl, tls_recv_fn *ops[2], int which, char *buf, int len)
{
	int n = ops[which](ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(ssl, n);
}

int read_through_returned(struct conn *c, char *buf, int len)
{
	int n = pick_reader(c)(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}

int read_through_cast(struct conn *c, char *buf, int len)
{
	int n = ((tls_recv_fn *)c->reader)(c->ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(c->ssl, n);
}

/* Named by the struct's typedef (tls_ops_t.write), though it has a tag. */
int write_through_typedef_name(const tls_ops_t *ops, SSL *ssl, const char *buf, int len)
{
	int n = ops->write(ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(ssl, n);
}

/* A function designator under & or * is a direct call. */
int read_through_address(SSL *ssl, char *buf, int len)
{
	int n = (&SSL_read)(ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(ssl, n);
}
