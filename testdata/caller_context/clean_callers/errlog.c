/* The drain helper: logs every queued error until the queue is empty. */
#include <openssl/err.h>
#include <stdio.h>

#include "conn.h"

void log_openssl_errors(const char *what)
{
	unsigned long e;
	char text[256];

	while ((e = ERR_get_error()) != 0) {
		ERR_error_string_n(e, text, sizeof text);
		fprintf(stderr, "%s: %s\n", what, text);
	}
}
