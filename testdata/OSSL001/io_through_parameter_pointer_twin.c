/*
 * The calls through a function-pointer parameter that are not taken as TLS
 * I/O (io_through_parameter_pointer.c): a caller passes a function of the
 * project's own (a plain-socket read), or the helper has external linkage
 * (callers the run does not see may pass anything), or its address is
 * taken. None of them is reported, for want of knowing the call is TLS I/O.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

typedef int io_fn(SSL *s, void *buf, int len);

int plain_read(SSL *s, void *buf, int len);

static int mixed_do(SSL *s, void *buf, int len, io_fn *func)
{
	int r = func(s, buf, len);
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

int public_do(SSL *s, void *buf, int len, io_fn *func)
{
	int r = func(s, buf, len);
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

static int taken_do(SSL *s, void *buf, int len, io_fn *func)
{
	int r = func(s, buf, len);
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

int (*exported_do)(SSL *, void *, int, io_fn *) = taken_do;

int use_all(SSL *s, void *buf, int len)
{
	int n = mixed_do(s, buf, len, (io_fn *)SSL_read);
	if (n == 0)
		n = mixed_do(s, buf, len, plain_read);
	if (n == 0)
		n = public_do(s, buf, len, (io_fn *)SSL_read);
	if (n == 0)
		n = taken_do(s, buf, len, (io_fn *)SSL_read);
	return n;
}
