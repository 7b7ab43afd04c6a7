/*
 * Shape: psyBNC's socket_connect() (src/p_socket.c): `rc = SSL_set_fd(...);
 * if (rc == -1) { ern = SSL_get_error(ssl, rc); ... }`. SSL_set_fd() returns 0
 * or 1 (the model's `results`), so no result of it takes the branch: the
 * classification of a setter's result never runs, and is not reported. The
 * same variable later takes SSL_connect()'s result, whose -1 does take
 * the same test there: that branch runs, and its ERR_error_string() of the
 * classification is reported. A test of another field of a struct that
 * holds the result (`r.mode == -1` beside `r.rc = SSL_set_fd(...)`) is no
 * test of the result (a field is not the whole variable).
 *
 * Twin (reported): the branch on 0, which SSL_set_fd() does return (the
 * classification runs with a setter's result).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
void log_error(int code);
void log_text(const char *text);

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
		log_text(ERR_error_string(ern, NULL)); // expect: OSSL006
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

struct conn_state {
	int rc;
	int mode;
};

/* The struct twin: its branch runs, and the read in it is classified with
 * one want only (OSSL003). */
int connect_struct_field_twin(SSL *ssl, int fd, int mode, char *buf, int len)
{
	struct conn_state r;
	int n;

	r.mode = mode;
	r.rc = SSL_set_fd(ssl, fd);
	if (r.mode == -1) {
		ERR_clear_error();
		n = SSL_read(ssl, buf, len);
		if (n > 0)
			return n;
		if (SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ) // expect: OSSL003
			return 0;
		return -1;
	}
	return r.rc;
}
