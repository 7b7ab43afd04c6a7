/*
 * Shape: a helper that hands its text to the logger it is given, in a unit
 * whose own static `die()` never returns. The caller, in another unit, passes
 * its own static `die()`, which returns. The helper's copy for that call must
 * not call this unit's `die()`: the names are the same, the functions are not.
 *
 * Expected: nothing here; OSSL004 in caller.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <openssl/err.h>

static void die(const char *what)
{
	fprintf(stderr, "fatal: %s\n", what);
	exit(EXIT_FAILURE);
}

void describe_tls(void log(const char *), const char *what)
{
	char buf[256];
	unsigned long e = ERR_get_error();

	if (e == 0) {
		log(what);
		return;
	}
	ERR_error_string_n(e, buf, sizeof buf);
	log(buf);
}

void describe_or_die(int fatal, const char *what)
{
	if (fatal)
		describe_tls(die, what);
}
