/*
 * Shape: PostgreSQL src/backend/libpq/be-secure-openssl.c be_tls_read() and
 * be_tls_write() (master snapshot). Renamed and stripped; not the real code.
 *
 * Correct: errno = 0; ERR_clear_error(); io call; SSL_get_error(); then
 * `ecode = (err != SSL_ERROR_NONE || n < 0) ? ERR_get_error() : 0;` (the
 * drain comes right after the classification); the switch handles both wants.
 * errno is ASSIGNED EWOULDBLOCK (not compared). Expected: no finding.
 */
#include <errno.h>
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void comm_error(const char *fmt, const char *reason);

static const char *ssl_errmessage(unsigned long ecode)
{
	const char *reason;

	if (ecode == 0)
		return "no SSL error reported";
	reason = ERR_reason_error_string(ecode);
	return reason ? reason : "unknown SSL error";
}

long be_read(SSL *ssl, void *ptr, size_t len, int *waitfor)
{
	int n, err;
	unsigned long ecode;

	errno = 0;
	ERR_clear_error();
	n = SSL_read(ssl, ptr, (int)len);
	err = SSL_get_error(ssl, n);
	ecode = (err != SSL_ERROR_NONE || n < 0) ? ERR_get_error() : 0;
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
		*waitfor = 1;
		errno = EWOULDBLOCK;
		n = -1;
		break;
	case SSL_ERROR_WANT_WRITE:
		*waitfor = 2;
		errno = EWOULDBLOCK;
		n = -1;
		break;
	case SSL_ERROR_SYSCALL:
		if (n != -1) {
			errno = ECONNRESET;
			n = -1;
		}
		break;
	case SSL_ERROR_SSL:
		comm_error("SSL error: %s", ssl_errmessage(ecode));
		errno = ECONNRESET;
		n = -1;
		break;
	case SSL_ERROR_ZERO_RETURN:
		n = 0;
		break;
	default:
		errno = ECONNRESET;
		n = -1;
		break;
	}
	return n;
}

long be_write(SSL *ssl, const void *ptr, size_t len, int *waitfor)
{
	int n, err;
	unsigned long ecode;

	errno = 0;
	ERR_clear_error();
	n = SSL_write(ssl, ptr, (int)len);
	err = SSL_get_error(ssl, n);
	ecode = (err != SSL_ERROR_NONE || n < 0) ? ERR_get_error() : 0;
	switch (err) {
	case SSL_ERROR_NONE:
		break;
	case SSL_ERROR_WANT_READ:
		*waitfor = 1;
		errno = EWOULDBLOCK;
		n = -1;
		break;
	case SSL_ERROR_WANT_WRITE:
		*waitfor = 2;
		errno = EWOULDBLOCK;
		n = -1;
		break;
	case SSL_ERROR_SSL:
		comm_error("SSL error: %s", ssl_errmessage(ecode));
		/* fall through */
	default:
		errno = ECONNRESET;
		n = -1;
		break;
	}
	return n;
}
