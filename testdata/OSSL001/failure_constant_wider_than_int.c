/*
 * Found by review of the third session of 2026-12-03 (a twin that a change
 * of that session had silenced, fixed the same session): the finding must stay.
 * An HRESULT-style failure code stored in an int: the stored value is
 * negative (-2147467259), but the checker's tag holds the unconverted
 * constant 0x80004005 (2147500037), so `status < 0` seems to rule it out. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#define E_FAIL_CODE 0x80004005
int wait_socket(int fd, int for_write);

int open_tls(SSL *ssl, int fd)
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
			status = E_FAIL_CODE;
		}
		if (status < 0) /* a failure: try again */
			goto retry;
		return status;
	}
	return 0;
}
