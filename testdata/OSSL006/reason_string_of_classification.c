/*
 * SSL_get_error()'s result handed straight to ERR_reason_error_string() (and
 * to ERR_error_string() through a variable): both take a code of the error
 * queue; for a small SSL_ERROR_* value they return NULL or a made-up text.
 * Not a specific project.
 * Expected: OSSL006 on the three calls (the third through a cast, as
 * libwebsockets' LWS_TLS_ERR_CAST() writes it).
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int accept_one(SSL *ssl)
{
	int r;

	ERR_clear_error();
	r = SSL_accept(ssl);
	if (r == 1)
		return 0;
	fprintf(stderr, "accept: %s\n",
		ERR_reason_error_string(SSL_get_error(ssl, r))); // expect: OSSL006
	return -1;
}

int connect_one(SSL *ssl)
{
	int r, code;

	ERR_clear_error();
	r = SSL_connect(ssl);
	if (r == 1)
		return 0;
	code = SSL_get_error(ssl, r);
	fprintf(stderr, "connect: %s\n", ERR_error_string(code, NULL)); // expect: OSSL006
	return -1;
}

int handshake_one(SSL *ssl)
{
	int r, code;

	ERR_clear_error();
	r = SSL_do_handshake(ssl);
	if (r == 1)
		return 0;
	code = SSL_get_error(ssl, r);
	fprintf(stderr, "handshake: %s\n", ERR_error_string((unsigned long)(code), NULL)); // expect: OSSL006
	return -1;
}
