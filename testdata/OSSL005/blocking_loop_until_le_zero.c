/* Known limit, not reported: a blocking copy loop that stops at the first
 * result <= 0 never tells a premature close from a clean one either, but it
 * never claims a clean end explicitly (no test for 0, no ZERO_RETURN). */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

long copy_all(SSL *ssl, FILE *out)
{
	char buf[4096];
	long total = 0;
	int n;

	ERR_clear_error();
	while ((n = SSL_read(ssl, buf, (int)sizeof buf)) > 0) {
		fwrite(buf, 1, (size_t)n, out);
		total += n;
	}
	return total;
}
