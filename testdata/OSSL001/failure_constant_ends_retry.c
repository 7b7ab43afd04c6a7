/*
 * The retry loop goes back to the handshake only where a status variable is
 * OK, and the classification's failed way sets it to a failure constant
 * (shaped after rabbitmq-c's amqp_ssl_socket_open(),
 * librabbitmq/amqp_openssl.c 0.15): on every path that may hold an error the
 * status is that constant, so `if (status == OK) goto retry;` leaves them
 * behind, and the WANT_* ways (empty queue) are the only ones that go round.
 * The twin sets the failure status only under a condition, so an error can
 * go round with status still OK from the wait: OSSL001 at the handshake.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum { ST_OK = 0, ST_FAILED = -515 };

int wait_socket(int fd, int for_write);
int verbose_errors(void);

int open_tls(SSL *ssl, int fd)
{
	int status;

	ERR_clear_error();
retry:
	status = SSL_connect(ssl);
	if (status != 1) {
		switch (SSL_get_error(ssl, status)) {
		case SSL_ERROR_WANT_READ:
			status = wait_socket(fd, 0);
			break;
		case SSL_ERROR_WANT_WRITE:
			status = wait_socket(fd, 1);
			break;
		default:
			status = ST_FAILED;
		}
		if (status == ST_OK)
			goto retry;
		return status;
	}
	return ST_OK;
}

int open_tls_sometimes_failed(SSL *ssl, int fd)
{
	int status;

	ERR_clear_error();
retry:
	status = SSL_connect(ssl); // expect: OSSL001
	if (status != 1) {
		switch (SSL_get_error(ssl, status)) {
		case SSL_ERROR_WANT_READ:
			status = wait_socket(fd, 0);
			break;
		case SSL_ERROR_WANT_WRITE:
			status = wait_socket(fd, 1);
			break;
		default:
			status = wait_socket(fd, 0);
			if (verbose_errors())
				status = ST_FAILED;
		}
		if (status == ST_OK)
			goto retry;
		return status;
	}
	return ST_OK;
}
