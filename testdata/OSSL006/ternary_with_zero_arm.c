/* A code taken only on the failure's way, 0 on the other (`e = n > 0 ? 0 :
 * SSL_get_error(s, n)`): 0 is "no error" in both kinds of code, so the
 * variable's kind is the call's. From the third review of the sixth session:
 * the `? :` forms were missed where the plain assignment was reported. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

void log_read_error(SSL *s, char *b, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, b, len);
	unsigned long e = n > 0 ? 0 : SSL_get_error(s, n);
	if (e)
		fprintf(stderr, "%s\n", ERR_error_string(e, NULL)); // expect: OSSL006
}

int want_from_queue(SSL *s, char *b, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, b, len);
	unsigned long err = n > 0 ? 0 : ERR_get_error();
	if (err == SSL_ERROR_WANT_READ) // expect: OSSL006
		return 0;
	return n;
}

/* Clean: a queue code, formatted as one. */
void log_queue_error(SSL *s, char *b, int len)
{
	ERR_clear_error();
	int n = SSL_read(s, b, len);
	unsigned long e = n > 0 ? 0 : ERR_get_error();
	if (e)
		fprintf(stderr, "%s\n", ERR_error_string(e, NULL));
}
