/*
 * A liveness probe: before reusing a pooled connection, peek one byte; 0 says
 * the peer has gone, and the connection is dropped whether it closed cleanly
 * or not (no data is taken for complete). No finding.
 * peek_header_twin peeks at a request header and takes a 0 as the end of the
 * data, which a truncation also gives: OSSL005.
 */
#include <openssl/ssl.h>

int connection_still_alive(SSL *ssl)
{
	char c;
	int n = SSL_peek(ssl, &c, 1);

	if (n == 0)
		return 0;
	return 1;
}

int peek_header_twin(SSL *ssl, char *hdr, int len)
{
	int n = SSL_peek(ssl, hdr, len); // expect: OSSL005

	if (n == 0)
		return 0;
	return n;
}
