/*
 * Shape: PostgreSQL be_tls_open_server() (src/backend/libpq/
 * be-secure-openssl.c): `switch (err) { case SSL_ERROR_WANT_READ: case
 * SSL_ERROR_WANT_WRITE: ... if (err == SSL_ERROR_WANT_READ) ... goto aloop; }`
 * with ERR_clear_error() after the `aloop:` label and ERR_get_error() right
 * after SSL_get_error(). Renamed and stripped.
 *
 * Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_for(int fd, int writable);
void complain(const char *what, unsigned long code);

int open_server(SSL *ssl, int fd)
{
	int r, err;
	unsigned long ecode;

again:
	ERR_clear_error();
	r = SSL_accept(ssl);
	if (r <= 0) {
		err = SSL_get_error(ssl, r);
		ecode = ERR_get_error();
		switch (err) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			(void) wait_for(fd, err == SSL_ERROR_WANT_READ ? 0 : 1);
			goto again;
		case SSL_ERROR_SYSCALL:
			complain("syscall", ecode);
			break;
		case SSL_ERROR_SSL:
			complain("ssl", ecode);
			break;
		default:
			complain("unknown", ecode);
			break;
		}
		return -1;
	}
	return 0;
}
