/*
 * Shape: nginx ngx_ssl_recv() / ngx_ssl_handle_recv(), written with the
 * wrapper's result compared directly and kept in a local variable. Written
 * for ossl-lint; not the real code.
 *
 * One ERR_clear_error() before each loop. classify() returns R_OK only on
 * the path where `n <= 0` was false, i.e. n > 0: a successful SSL_read() or
 * SSL_write(), which leaves no error. Both loops go round only on R_OK, so
 * every SSL_read()/SSL_write() runs on an empty queue.
 *
 * Expected: nothing.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };

void trace(const char *what, int n);

static int classify(SSL *ssl, int n)
{
	int e;

	if (n <= 0) {
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return R_AGAIN;
		return R_ERROR;
	}
	return R_OK;
}

int read_chunks(SSL *ssl, unsigned char *buf, int size)
{
	int n, total = 0;

	ERR_clear_error();
	for (;;) {
		n = SSL_read(ssl, buf + total, size - total);
		if (classify(ssl, n) != R_OK)
			return total;
		total += n;
		if (total == size)
			return total;
	}
}

int write_all(SSL *ssl, const unsigned char *buf, int size)
{
	int n, r, done = 0;

	ERR_clear_error();
	do {
		n = SSL_write(ssl, buf + done, size - done);
		r = classify(ssl, n);
		trace("SSL_write", n);
		if (r == R_OK)
			done += n;
	} while (r == R_OK && done < size);
	return r == R_OK ? done : r;
}
