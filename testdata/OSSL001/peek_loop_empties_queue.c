/*
 * Shape: nginx ngx_ssl_error() (src/event/ngx_event_openssl.c): a logging
 * helper that loops `n = ERR_peek_error_data(...); if (n == 0) break; ...
 * ERR_get_error();`. Written for ossl-lint; not the real code.
 *
 * The loop leaves only when ERR_peek_error_data() returned 0, i.e. the queue
 * is empty: calling log_all_errors() empties the queue, as ERR_clear_error()
 * would, so read_after_logging() reads on an empty queue. log_first_error()
 * peeks and pops once: an error behind the first one may stay, so
 * read_after_logging_one() is reported.
 *
 * Expected: OSSL001 on the SSL_read of read_after_logging_one() only.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void log_line(const char *file, const char *data);

static void log_all_errors(void)
{
	const char *data;
	int flags;
	unsigned long n;

	for (;;) {
		n = ERR_peek_error_data(&data, &flags);
		if (n == 0)
			break;
		log_line("ssl", (flags & ERR_TXT_STRING) ? data : "");
		(void) ERR_get_error();
	}
}

static void log_first_error(void)
{
	const char *data;
	int flags;

	if (ERR_peek_error_data(&data, &flags) != 0) {
		log_line("ssl", (flags & ERR_TXT_STRING) ? data : "");
		(void) ERR_get_error();
	}
}

int read_after_logging(SSL *ssl, void *buf, int len)
{
	int n;

	log_all_errors();
	n = SSL_read(ssl, buf, len);
	return n > 0 ? n : SSL_get_error(ssl, n);
}

int read_after_logging_one(SSL *ssl, void *buf, int len)
{
	int n;

	log_first_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL001
	return n > 0 ? n : SSL_get_error(ssl, n);
}
