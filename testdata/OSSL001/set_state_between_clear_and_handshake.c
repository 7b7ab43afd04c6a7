/*
 * SSL_set_connect_state()/SSL_set_accept_state() on an SSL fresh from
 * SSL_new() push nothing (shaped after pure-ftpd's tls_init_new_session(),
 * src/tls.c 1.0.52): they free cipher contexts only a handshake creates.
 * Between the clear and the handshake, with SSL_new() and SSL_set_fd()
 * checked, nothing can leave an error. The twin also sets the server name
 * without checking the result (too long a name pushes): OSSL001, the
 * unchecked setter of issue 11.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int classify(SSL *s, int r)
{
	int e = SSL_get_error(s, r);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

SSL *start_server(SSL_CTX *ctx, int fd, int *status)
{
	SSL *s;
	int r;

	ERR_clear_error();
	if ((s = SSL_new(ctx)) == NULL)
		return NULL;
	if (!SSL_set_fd(s, fd)) {
		SSL_free(s);
		return NULL;
	}
	SSL_set_accept_state(s);
	r = SSL_do_handshake(s);
	*status = r == 1 ? 1 : classify(s, r);
	return s;
}

SSL *start_client(SSL_CTX *ctx, int fd, const char *host, int *status)
{
	SSL *s;
	int r;

	ERR_clear_error();
	if ((s = SSL_new(ctx)) == NULL)
		return NULL;
	if (!SSL_set_fd(s, fd)) {
		SSL_free(s);
		return NULL;
	}
	SSL_set_connect_state(s);
	SSL_set_tlsext_host_name(s, host);
	r = SSL_do_handshake(s); // expect: OSSL001
	*status = r == 1 ? 1 : classify(s, r);
	return s;
}
