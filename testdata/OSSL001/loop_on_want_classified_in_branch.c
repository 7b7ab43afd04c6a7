/* ncat's fdinfo_recv() (nmap ncat_core.c) in its shape, with the clear it
 * lacks: the classification is made only when the read failed (`err =
 * SSL_ERROR_NONE; if (n <= 0) err = SSL_get_error(...)`, or the same as a
 * `? :`), and the loop goes round only on SSL_ERROR_WANT_WRITE, which
 * SSL_get_error() gives only for an empty queue. On the success side the
 * queue is as empty as it was before the read, so the join keeps the
 * classification's fact: no OSSL001 (before, "a pass through the loop"). */
#include <openssl/err.h>
#include <openssl/ssl.h>

int read_retrying(SSL *ssl, char *buf, int size)
{
	int n, err;

	ERR_clear_error();
	do {
		n = SSL_read(ssl, buf, size);
		err = SSL_ERROR_NONE;
		if (n <= 0)
			err = SSL_get_error(ssl, n);
	} while (err == SSL_ERROR_WANT_WRITE);
	return err == SSL_ERROR_NONE || err == SSL_ERROR_WANT_READ ? n : -1;
}

int read_retrying_ternary(SSL *ssl, char *buf, int size)
{
	int n, err;

	ERR_clear_error();
	do {
		n = SSL_read(ssl, buf, size);
		err = n <= 0 ? SSL_get_error(ssl, n) : SSL_ERROR_NONE;
	} while (err == SSL_ERROR_WANT_WRITE);
	return err == SSL_ERROR_NONE || err == SSL_ERROR_WANT_READ ? n : -1;
}

/* Twin: the loop also goes round on SSL_ERROR_SSL, with the read's error left. */
int read_retrying_on_error(SSL *ssl, char *buf, int size)
{
	int n, err;

	ERR_clear_error();
	do {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		err = SSL_ERROR_NONE;
		if (n <= 0)
			err = SSL_get_error(ssl, n);
	} while (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_SSL);
	return err == SSL_ERROR_NONE || err == SSL_ERROR_WANT_READ ? n : -1;
}

/* Twin: no clear before the loop (ncat's own shape): the caller's queue. */
int read_retrying_unclear(SSL *ssl, char *buf, int size)
{
	int n, err;

	do {
		n = SSL_read(ssl, buf, size); // expect: OSSL001
		err = SSL_ERROR_NONE;
		if (n <= 0)
			err = SSL_get_error(ssl, n);
	} while (err == SSL_ERROR_WANT_WRITE);
	return err == SSL_ERROR_NONE || err == SSL_ERROR_WANT_READ ? n : -1;
}
