/*
 * The context is told to take an EOF without close_notify for a clean close
 * (SSL_OP_IGNORE_UNEXPECTED_EOF, OpenSSL 3): OpenSSL itself then reports it as
 * SSL_ERROR_ZERO_RETURN, a choice the program made. OSSL005 is silent for the
 * whole run (see reader.c). Expected: nothing.
 */
#include <openssl/ssl.h>

SSL_CTX *make_context(void)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

	if (ctx == NULL)
		return NULL;
	SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_IGNORE_UNEXPECTED_EOF);
	return ctx;
}
