/*
 * The failure a shared close returns can be carried by a local: `n = -1;
 * break;` in the case that SSL_ERROR_SSL and SSL_ERROR_ZERO_RETURN share, then
 * `return n;` after the switch (the shape of a connection pooler's write,
 * pgpool-II's pool_ssl_write). A clean close is a failure too: silent.
 * The twins keep the finding: the local is given 0 (nothing left to write,
 * as an end) in the shared case, or -1 and then the byte count on one way.
 */
#include <errno.h>
#include <stdio.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

void perror_ssl(const char *what);

int pool_write(SSL *ssl, const void *buf, int size)
{
	int n, err;

retry:
	ERR_clear_error();
	n = SSL_write(ssl, buf, size);
	err = SSL_get_error(ssl, n);
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		goto retry;
	case SSL_ERROR_SYSCALL:
		if (n != -1)
			fprintf(stderr, "ssl write: EOF detected\n");
		n = -1;
		break;
	case SSL_ERROR_SSL:
	case SSL_ERROR_ZERO_RETURN:
		perror_ssl("SSL_write");
		n = -1;
		break;
	default:
		n = -1;
		break;
	}
	return n;
}

int pool_write_zero_twin(SSL *ssl, const void *buf, int size)
{
	int n, err;

retry:
	ERR_clear_error();
	n = SSL_write(ssl, buf, size);
	err = SSL_get_error(ssl, n); // expect: OSSL005
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		goto retry;
	case SSL_ERROR_SSL:
	case SSL_ERROR_ZERO_RETURN:
		perror_ssl("SSL_write");
		n = 0;
		break;
	default:
		n = -1;
		break;
	}
	return n;
}

int pool_write_count_twin(SSL *ssl, const void *buf, int size, int partial)
{
	int n, err;

retry:
	ERR_clear_error();
	n = SSL_write(ssl, buf, size);
	err = SSL_get_error(ssl, n); // expect: OSSL005
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		goto retry;
	case SSL_ERROR_SSL:
	case SSL_ERROR_ZERO_RETURN:
		perror_ssl("SSL_write");
		n = -1;
		if (partial)
			n = size;
		break;
	default:
		n = -1;
		break;
	}
	return n;
}
