/*
 * A project helper whose status variable is given a constant on some paths and
 * the result of a call that pushes only when it fails on another, and is
 * returned after the branches join (the shape of OpenSSL's own dtls1_ctrl():
 * `int ret = 0; switch (cmd) { ... default: ret = ssl3_ctrl(...); break; }
 * return ret;`, and of project setters around SSL_set_fd()).
 *
 * set_transport() pushes only where it returns 0: SSL_set_fd() pushes only
 * when it returns 0, and the constant paths push nothing. A caller that checks
 * it for success knows the queue is as before. Expected: no finding in
 * connect_fd(). The twin, set_transport_noisy(), also loads a certificate
 * unchecked before it returns the setter's result: it may push where it
 * returns 1, so connect_fd_twin() gets OSSL001.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

enum transport { T_NONE, T_FD };

static int set_transport(SSL *ssl, enum transport kind, int fd)
{
	int ret = 0;

	switch (kind) {
	case T_NONE:
		ret = 1;
		break;
	default:
		ret = SSL_set_fd(ssl, fd);
		break;
	}
	return ret;
}

static int set_transport_noisy(SSL *ssl, enum transport kind, int fd)
{
	int ret = 0;

	if (kind == T_FD) {
		ret = SSL_set_fd(ssl, fd);
		SSL_use_certificate_file(ssl, "client.pem", SSL_FILETYPE_PEM);
	}
	return ret;
}

int connect_fd(SSL *ssl, int fd)
{
	int rc;

	ERR_clear_error();
	if (!set_transport(ssl, T_FD, fd))
		return -1;
	rc = SSL_connect(ssl);
	if (rc == 1)
		return 0;
	rc = SSL_get_error(ssl, rc);
	return rc == SSL_ERROR_WANT_READ || rc == SSL_ERROR_WANT_WRITE ? 1 : -1;
}

int connect_fd_twin(SSL *ssl, int fd)
{
	int rc;

	ERR_clear_error();
	if (!set_transport_noisy(ssl, T_FD, fd))
		return -1;
	rc = SSL_connect(ssl); // expect: OSSL001
	if (rc == 1)
		return 0;
	rc = SSL_get_error(ssl, rc);
	return rc == SSL_ERROR_WANT_READ || rc == SSL_ERROR_WANT_WRITE ? 1 : -1;
}
