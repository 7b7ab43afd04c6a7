/*
 * A line reader that gathers what the socket has (a password cracker's
 * hydra_receive_line()): the read's 0 ends the loop, and the function returns
 * the buffer it filled, or, where nothing came, NULL as it does for a failed
 * read. The 0 hands back the data read before it, not an end of the stream
 * (the next call reads again): no finding, as for `if (n == 0) return got;`
 * (zero_returns_data_read_before.c).
 * receive_line_empty_twin returns an empty string for a 0 with nothing read,
 * which no failure returns: the caller takes it as a complete, empty reply,
 * which a truncation also gives: OSSL005.
 */
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>

char *receive_line(SSL *ssl)
{
	char buf[512], *buff = NULL, *grown;
	int got = 0, j;

	do {
		j = SSL_read(ssl, buf, sizeof buf - 1);
		if (j > 0) {
			if ((grown = realloc(buff, (size_t)got + (size_t)j + 1)) == NULL) {
				free(buff);
				return NULL;
			}
			buff = grown;
			memcpy(buff + got, buf, (size_t)j);
			got += j;
			buff[got] = 0;
		} else if (j < 0) {
			got = -1;
		}
	} while (j > 0 && SSL_pending(ssl));
	if (got > 0)
		return buff;
	free(buff);
	return NULL;
}

char *receive_line_empty_twin(SSL *ssl)
{
	static char empty[] = "";
	char buf[512], *buff = NULL, *grown;
	int got = 0, j;

	do {
		j = SSL_read(ssl, buf, sizeof buf - 1); // expect: OSSL005
		if (j > 0) {
			if ((grown = realloc(buff, (size_t)got + (size_t)j + 1)) == NULL) {
				free(buff);
				return NULL;
			}
			buff = grown;
			memcpy(buff + got, buf, (size_t)j);
			got += j;
			buff[got] = 0;
		} else if (j < 0) {
			got = -1;
		}
	} while (j > 0 && SSL_pending(ssl));
	if (got > 0)
		return buff;
	free(buff);
	if (got == 0)
		return empty;
	return NULL;
}
