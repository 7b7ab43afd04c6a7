/*
 * A switch on ERR_peek_last_error() with SSL_ERROR_* labels: the queue code
 * packs a library and a reason and is never a small SSL_ERROR_* value, so
 * every case but the default is dead. Not a specific project.
 * Expected: OSSL006 at the first SSL_ERROR_* label of the switch (once per
 * switch). The twin switches on SSL_get_error() and is silent.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int handshake_step(SSL *ssl)
{
	int r;

	ERR_clear_error();
	r = SSL_do_handshake(ssl);
	if (r == 1)
		return 0;
	switch (ERR_peek_last_error()) {
	case SSL_ERROR_WANT_READ: // expect: OSSL006
	case SSL_ERROR_WANT_WRITE:
		return 1;
	default:
		return -1;
	}
}

int handshake_step_twin(SSL *ssl)
{
	int r;

	ERR_clear_error();
	r = SSL_do_handshake(ssl);
	if (r == 1)
		return 0;
	switch (SSL_get_error(ssl, r)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 1;
	default:
		return -1;
	}
}
