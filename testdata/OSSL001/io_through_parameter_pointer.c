/*
 * TLS I/O through a function-pointer parameter that every caller gives an
 * OpenSSL I/O function (glusterfs's ssl_do(priv, buf, len, SSL_read) and
 * ... SSL_write, ruby/openssl's ossl_start_ssl(self, SSL_connect, ...)): the
 * call through it is that I/O call. Here nothing clears the queue before
 * it: OSSL001 at the pointer call. tls_do_cleared() clears first: clean.
 * io_through_parameter_pointer_twin.c: where a caller passes something
 * else, or the function may be called from code the run does not see, the
 * call through the pointer is not taken as I/O.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

typedef int io_fn(SSL *s, void *buf, int len);

static int tls_do(SSL *s, void *buf, int len, io_fn *func)
{
	int r = func(s, buf, len); // expect: OSSL001
	if (r > 0)
		return r;
	switch (SSL_get_error(s, r)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

static int tls_do_cleared(SSL *s, void *buf, int len, io_fn *func)
{
	int r;

	ERR_clear_error();
	r = func(s, buf, len);
	if (r > 0)
		return r;
	switch (SSL_get_error(s, r)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		return -1;
	}
}

int conn_read(SSL *s, void *buf, int len)
{
	return tls_do(s, buf, len, (io_fn *)SSL_read);
}

int conn_write(SSL *s, const void *buf, int len)
{
	return tls_do(s, (void *)buf, len, (io_fn *)SSL_write);
}

int conn_read_cleared(SSL *s, void *buf, int len)
{
	return tls_do_cleared(s, buf, len, (io_fn *)SSL_read);
}
