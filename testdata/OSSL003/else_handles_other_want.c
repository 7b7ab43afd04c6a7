/*
 * The other want handled by an else: once every code but SSL_ERROR_WANT_READ
 * and SSL_ERROR_WANT_WRITE has left (here by a range test on the codes, 2 and
 * 3), `(e == SSL_ERROR_WANT_READ) ? POLLIN : POLLOUT` handles both (the shape
 * of event loops that turn the want into poll events). Expected: no OSSL003
 * in wait_events; want_only_read_twin sends everything but WANT_READ and
 * ZERO_RETURN to POLLOUT, SSL_ERROR_SSL included: OSSL003.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>

int wait_events(SSL *ssl, int fd, char *buf, int len)
{
	int n, e;
	struct pollfd p;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n);
	if (e < SSL_ERROR_WANT_READ || e > SSL_ERROR_WANT_WRITE)
		return -1; /* not a want */
	p.fd = fd;
	p.events = (e == SSL_ERROR_WANT_READ) ? POLLIN : POLLOUT;
	return poll(&p, 1, 1000) > 0 ? 0 : -1;
}

int want_only_read_twin(SSL *ssl, int fd, char *buf, int len)
{
	int n, e;
	struct pollfd p;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	e = SSL_get_error(ssl, n); // expect: OSSL003
	if (e == SSL_ERROR_ZERO_RETURN)
		return -1;
	p.fd = fd;
	p.events = (e == SSL_ERROR_WANT_READ) ? POLLIN : POLLOUT;
	return poll(&p, 1, 1000) > 0 ? 0 : -1;
}
