/*
 * A wrapper that returns the I/O count when it is positive and a code from a
 * classifying helper otherwise (`return ret > 0 ? ret : handle(ssl, ret);`,
 * the shape of openfortivpn's safe_ssl_read/safe_ssl_write), and callers that
 * go round only on the helper's "again" code, which it gives only for
 * SSL_ERROR_WANT_*, with an empty queue (read_all), or that start from a
 * constant and retry on it (`int n = 0; while (n == 0) n = ...;`, send_all).
 * The summary keeps the wrapper's results apart (a count, at least 1, with
 * the queue as it was; 0 with an empty one; the errors), so neither loop
 * carries an error to the next call. No finding.
 * The twins' helper also says "again" for SSL_ERROR_SSL, which comes with an
 * error on the queue: the loop goes round over it, OSSL001.
 */
#include <errno.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#define TLS_AGAIN 0

static int handle(SSL *ssl, int ret)
{
	int code = SSL_get_error(ssl, ret);

	if (code == SSL_ERROR_WANT_READ || code == SSL_ERROR_WANT_WRITE)
		return TLS_AGAIN;
	if (code == SSL_ERROR_ZERO_RETURN)
		return -1;
	if (code == SSL_ERROR_SYSCALL)
		return -3;
	return -2;
}

static int safe_read(SSL *ssl, char *buf, int n)
{
	int ret = SSL_read(ssl, buf, n);

	return ret > 0 ? ret : handle(ssl, ret);
}

static int safe_write(SSL *ssl, const char *buf, int n)
{
	int ret = SSL_write(ssl, buf, n);

	if (ret > 0)
		return ret;
	return handle(ssl, ret);
}

int read_all(SSL *ssl, char *buf, int size)
{
	ERR_clear_error();
	for (int n = 0; n < size;) {
		int ret = safe_read(ssl, buf + n, size - n);

		if (ret == TLS_AGAIN)
			continue;
		if (ret < 0)
			return ret;
		n += ret;
	}
	return 1;
}

int send_all(SSL *ssl, const char *buf, int len)
{
	int n = 0;

	ERR_clear_error();
	while (n == 0)
		n = safe_write(ssl, buf, len);
	return n < 0 ? -1 : 1;
}

static int handle_twin(SSL *ssl, int ret)
{
	int code = SSL_get_error(ssl, ret);

	if (code == SSL_ERROR_WANT_READ || code == SSL_ERROR_WANT_WRITE || code == SSL_ERROR_SSL)
		return TLS_AGAIN;
	return -2;
}

static int safe_read_twin(SSL *ssl, char *buf, int n)
{
	int ret = SSL_read(ssl, buf, n); // expect: OSSL001

	return ret > 0 ? ret : handle_twin(ssl, ret);
}

int read_all_twin(SSL *ssl, char *buf, int size)
{
	ERR_clear_error();
	for (int n = 0; n < size;) {
		int ret = safe_read_twin(ssl, buf + n, size - n);

		if (ret == TLS_AGAIN)
			continue;
		if (ret < 0)
			return ret;
		n += ret;
	}
	return 1;
}

static int safe_write_twin(SSL *ssl, const char *buf, int n)
{
	int ret = SSL_write(ssl, buf, n); // expect: OSSL001

	if (ret > 0)
		return ret;
	return handle_twin(ssl, ret);
}

int send_all_twin(SSL *ssl, const char *buf, int len)
{
	int n = 0;

	ERR_clear_error();
	while (n == 0)
		n = safe_write_twin(ssl, buf, len);
	return n < 0 ? -1 : 1;
}
