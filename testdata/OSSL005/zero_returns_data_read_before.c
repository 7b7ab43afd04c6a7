/*
 * A loop that fills a buffer and, on 0, returns what it read before: the 0 is
 * not taken as the end of the data here, the caller gets the bytes (and asks
 * again). No finding.
 * read_until_zero_twin returns 0 on 0, the end of the data as far as its
 * caller knows, which a truncation also gives: OSSL005.
 */
#include <openssl/ssl.h>

int read_full(SSL *ssl, char *buf, int len)
{
	int got = 0;

	while (got < len) {
		int n = SSL_read(ssl, buf + got, len - got);

		if (n == 0)
			return got;
		if (n < 0)
			return -1;
		got += n;
	}
	return got;
}

int read_until_zero_twin(SSL *ssl, char *buf, int len)
{
	int n = SSL_read(ssl, buf, len); // expect: OSSL005

	if (n == 0)
		return 0;
	if (n < 0)
		return -1;
	return n;
}
