/*
 * A loop condition written with a comma, `while (ret = SSL_read(...), ret >
 * 0)` (Wazuh's enrollment client, src/shared/src/enrollment_op.c): the comma
 * evaluates the read, then its right operand decides, so the loop goes round
 * only after a successful read, which pushes nothing; the clear before the
 * loop covers every pass. Silent. The twin's right operand lets a failed
 * read (-1) go round, with its error left on the queue: OSSL001 (and its 0
 * ends the data unclassified: OSSL005).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void consume(const char *buf, int n);

int read_all(SSL *ssl, char *buf, int len)
{
	int ret;
	ERR_clear_error();
	while (ret = SSL_read(ssl, buf, len), ret > 0)
		consume(buf, ret);
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 1;
	default:
		return -1;
	}
}

void log_failure(int code);

int read_all_twin(SSL *ssl, char *buf, int len)
{
	int ret;
	ERR_clear_error();
	while (ret = SSL_read(ssl, buf, len), ret != 0) { // expect: OSSL001, OSSL005
		if (ret > 0) {
			consume(buf, ret);
			continue;
		}
		int e = SSL_get_error(ssl, ret);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			log_failure(e); /* and reads again, with the error left on the queue */
	}
	return 0;
}
