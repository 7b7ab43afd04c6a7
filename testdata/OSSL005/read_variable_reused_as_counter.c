/*
 * The read's variable reused as a counter (shaped after axel's ftp_size(),
 * src/ftp.c): the read loop ends on the first result <= 0, then `j = 0;`
 * starts a count of listing lines (`j++`), and `j == 0` tests that count,
 * not the read's 0. A variable given a computed value somewhere in the
 * function (`j++`, `j = a + b`) is a counter or the like: its `j = 0;`
 * does not give it the read's 0 again. The twin normalizes the read's
 * result (`if (n <= 0) n = 0;`) and takes that 0 for the end (OSSL005).
 */
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

long count_listing(SSL *s) {
	char reply[4096];
	long i = 0, j;

	ERR_clear_error();
	while ((j = SSL_read(s, reply + i, (int)(sizeof reply - i - 1))) > 0)
		i += j;
	reply[i] = 0;

	j = 0; /* a new count: lines naming a file */
	for (i = 0; reply[i]; i++)
		if (reply[i] == '-')
			j++;

	if (j != 1) {
		if (j == 0)
			fprintf(stderr, "File not found.\n");
		return -1;
	}
	return (long)strlen(reply);
}

int read_block(SSL *s, char *buf, int len, int *done) {
	ERR_clear_error();
	int n = SSL_read(s, buf, len); // expect: OSSL005
	if (n <= 0)
		n = 0;
	if (n == 0) {
		*done = 1; /* the end of the data, clean or not */
		return 0;
	}
	return n;
}
