/*
 * Shape: PostgreSQL src/backend/libpq/be-secure-openssl.c be_tls_open_server()
 * uses a goto loop `aloop:` with ERR_clear_error() AFTER the label. Here the
 * label is placed after the clear (a plausible mistake), so the retry path
 * (goto after a WANT_*) reaches SSL_accept() with the previous SSL_accept()'s
 * possible errors still queued.
 *
 * Expected: OSSL001 on SSL_accept. The switch handles both wants (with a
 * fall-through between them): no OSSL003. ERR_get_error() after the
 * classification is fine (no OSSL004).
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int wait_socket(int fd, int for_write);
void report(const char *what, unsigned long code);

int server_open(SSL *ssl, int fd)
{
	int r, err;
	unsigned long ecode;

	ERR_clear_error();
again:
	r = SSL_accept(ssl); // expect: OSSL001
	if (r <= 0) {
		err = SSL_get_error(ssl, r);
		ecode = ERR_get_error();
		switch (err) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			(void) wait_socket(fd, err == SSL_ERROR_WANT_WRITE);
			goto again;
		case SSL_ERROR_SYSCALL:
			report("syscall", ecode);
			break;
		default:
			report("ssl", ecode);
			break;
		}
		return -1;
	}
	return 0;
}
