/*
 * Shape: psyBNC's socket_connect() (src/p_socket.c): `rc = SSL_set_fd(...);
 * if (rc == -1) { ern = SSL_get_error(ssl, rc); ... }`. SSL_set_fd() returns 0
 * or 1 (the model's `results`), so no result of it takes the branch: the
 * classification of a setter's result never runs, and is not reported. The
 * same variable later takes SSL_connect()'s result, whose -1 does take
 * the same test there.
 *
 * Twin (reported): the branch on 0, which SSL_set_fd() does return (the
 * classification runs with a setter's result).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_error(int code);

int connect_dead_branch(SSL *ssl, int fd)
{
	int rc, ern = 0;

	rc = SSL_set_fd(ssl, fd);
	if (rc == -1) {
		ern = SSL_get_error(ssl, rc);
		if (ern != SSL_ERROR_WANT_READ && ern != SSL_ERROR_WANT_WRITE && ern != SSL_ERROR_NONE)
			return -1;
	}
	ERR_clear_error();
	rc = SSL_connect(ssl);
	if (rc == -1) {
		ern = SSL_get_error(ssl, rc);
		if (ern == SSL_ERROR_WANT_READ || ern == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	return 1;
}

int connect_live_branch_twin(SSL *ssl, int fd)
{
	int rc, ern;

	rc = SSL_set_fd(ssl, fd);
	if (rc == 0) {
		ern = SSL_get_error(ssl, rc); // expect: OSSL006
		log_error(ern);
		return -1;
	}
	return 1;
}
