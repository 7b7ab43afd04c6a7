/* Calls written through macros are seen, and findings point at the macro's
 * use site: an I/O macro (OSSL001 on its use), a clearing macro (a clear),
 * a describe macro between I/O and classification (OSSL004 on its use), and
 * OpenSSL's own SSL_want_read()/SSL_want_write() macros (tests of the wants). */
#include <openssl/ssl.h>
#include <openssl/err.h>

#define TLS_READ(c, b, n) SSL_read((c)->ssl, (b), (n))
#define TLS_CLEAR() do { ERR_clear_error(); } while (0)
#define TLS_DESCRIBE() do { while (ERR_get_error() != 0) ; } while (0)

struct conn { SSL *ssl; };

int macro_read_no_clear(struct conn *c, char *buf)
{
	int n = TLS_READ(c, buf, 16); // expect: OSSL001
	int err = SSL_get_error(c->ssl, n);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE;
}

int macro_clear_then_read(struct conn *c, char *buf)
{
	int n, err;

	TLS_CLEAR();
	n = TLS_READ(c, buf, 16);
	err = SSL_get_error(c->ssl, n);
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return SSL_want_write(c->ssl) ? 0 : -1; /* the macro expands to SSL_want() == SSL_WRITING */
}

int macro_describe_before_classify(struct conn *c, char *buf)
{
	int n, err;

	TLS_CLEAR();
	n = TLS_READ(c, buf, 16);
	TLS_DESCRIBE(); // expect: OSSL004
	err = SSL_get_error(c->ssl, n);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE;
}
