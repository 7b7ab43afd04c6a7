/* The caller of helper.c's describe_tls(), with a `die()` of its own that returns. */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

void describe_tls(void log(const char *), const char *what);
int wait_io(int fd, int for_write);

static int failures;

static void die(const char *what)
{
	fprintf(stderr, "%s (not fatal after all)\n", what);
	failures++;
}

int connect_counted(SSL *ssl, int fd, int fresh)
{
	int n, e;

	ERR_clear_error();
	n = SSL_connect(ssl);
	if (fresh && fd < 0)
		describe_tls(die, "no socket"); // expect: OSSL004
	if (n <= 0) {
		e = SSL_get_error(ssl, n);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return wait_io(fd, e == SSL_ERROR_WANT_WRITE);
		return -1;
	}
	return 1;
}
