/*
 * A switch on `err = SSL_get_error(...)` (shaped after stunnel's transfer(),
 * src/client.c, 5.75): its case labels test the classification as much as
 * those of `switch (SSL_get_error(...))`. Its WANT_* cases mean the queue was
 * empty when SSL_get_error() looked, so the read that follows them runs on an
 * empty queue, whatever the write before might have pushed: nothing to report
 * in write_then_read. The twin: the default case, which SSL_ERROR_SSL takes
 * with an error on the queue, also goes on to the read (OSSL001 there). A
 * switch of this form that handles one want only:
 * OSSL003/switch_on_assigned_one_want.c.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void note(const char *what);

static int classify_read(SSL *ssl, int num)
{
	int err = SSL_get_error(ssl, num);

	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int write_then_read(SSL *ssl, char *buf, int n)
{
	int err, num;

	ERR_clear_error();
	num = SSL_write(ssl, buf, n);
	switch (err = SSL_get_error(ssl, num)) {
	case SSL_ERROR_NONE:
		return num;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		note("write: retry");
		break;
	default:
		return -1;
	}
	num = SSL_read(ssl, buf, n);
	return num > 0 ? num : classify_read(ssl, num);
}

int write_then_read_after_failure(SSL *ssl, char *buf, int n)
{
	int err, num;

	ERR_clear_error();
	num = SSL_write(ssl, buf, n);
	switch (err = SSL_get_error(ssl, num)) {
	case SSL_ERROR_NONE:
		return num;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		break;
	default:
		note("write failed");
		break;
	}
	num = SSL_read(ssl, buf, n); // expect: OSSL001
	return num > 0 ? num : classify_read(ssl, num);
}
