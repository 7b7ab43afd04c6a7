/*
 * ERR_get_error() compared with SSL_ERROR_NONE: the spelling mixes the two
 * kinds, but SSL_ERROR_NONE is 0, which is also the queue's "no error", so the
 * loop is right. Not reported (documented in the rule page). Expected: nothing.
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

void log_queue(const char *what)
{
	unsigned long e;

	while ((e = ERR_get_error()) != SSL_ERROR_NONE)
		fprintf(stderr, "%s: %s\n", what, ERR_error_string(e, NULL));
}
