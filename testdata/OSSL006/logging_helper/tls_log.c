/*
 * Logging helpers in their own file: tls_log_error() formats its code with
 * ERR_error_string_n() (a code of the error queue), through a second helper;
 * tls_want_name() compares its code with SSL_ERROR_* (an SSL_get_error()
 * code); tls_last_error() returns a queue code. The summaries carry what
 * each does with its parameter, and what it returns, to the callers in conn.c. Shaped after servers' tls_log.c files. Expected here:
 * nothing.
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "tls_log.h"

static void format_code(const char *what, unsigned long e)
{
	char text[256];

	ERR_error_string_n(e, text, sizeof(text));
	fprintf(stderr, "%s: %s\n", what, text);
}

void tls_log_error(const char *what, unsigned long code)
{
	format_code(what, code);
}

void tls_log_failure(const char *what, unsigned long code)
{
	if (code == 0)
		fprintf(stderr, "%s: no error queued\n", what);
	else
		tls_log_error(what, code);
}

const char *tls_want_name(int code)
{
	switch (code) {
	case SSL_ERROR_WANT_READ:
		return "want read";
	case SSL_ERROR_WANT_WRITE:
		return "want write";
	default:
		return "other";
	}
}

unsigned long tls_last_error(void)
{
	unsigned long e = ERR_peek_last_error();

	return e;
}
