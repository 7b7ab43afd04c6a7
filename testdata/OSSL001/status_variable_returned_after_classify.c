/*
 * Shape: a classify helper that maps SSL_get_error()'s code to a status of
 * the project's own in a local and returns that local (`status = AGAIN;` for
 * the wants, `status = ERROR;` in the default: loudmouth's
 * ssl_io_status_from_return()). Its table says, per constant the local holds
 * at the return, the queue there: AGAIN only with the queue empty.
 *
 * Expected: nothing in send_all(), whose loop goes round only on AGAIN after
 * the clear before it. The twin send_all_retry_errors() also goes round on
 * ERROR, with the failed write's error on the queue: OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef enum { ST_NORMAL, ST_ERROR, ST_EOF, ST_AGAIN } io_status;

static io_status status_from_return(SSL *ssl, int ret)
{
	int error;
	io_status status;

	if (ret > 0)
		return ST_NORMAL;
	error = SSL_get_error(ssl, ret);
	switch (error) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		status = ST_AGAIN;
		break;
	case SSL_ERROR_ZERO_RETURN:
		status = ST_EOF;
		break;
	default:
		status = ST_ERROR;
	}
	return status;
}

int send_all(SSL *ssl, const char *str, int len)
{
	io_status status;
	int ret;

	ERR_clear_error();
	do {
		ret = SSL_write(ssl, str, len);
		if (ret <= 0) {
			status = status_from_return(ssl, ret);
			if (status != ST_AGAIN)
				return -1;
		}
	} while (ret <= 0);
	return ret;
}

int send_all_retry_errors(SSL *ssl, const char *str, int len, int tries)
{
	io_status status;
	int ret;

	ERR_clear_error();
	do {
		ret = SSL_write(ssl, str, len); // expect: OSSL001
		if (ret <= 0) {
			status = status_from_return(ssl, ret);
			if (status == ST_EOF || tries-- == 0)
				return -1;
		}
	} while (ret <= 0);
	return ret;
}
