/*
 * Minor FALSE OSSL005: the wrapper clamps its length parameter before the
 * read, so param_handed_on() gives -1 and a request for 0 bytes through it
 * (rd(s, b, 0): SSL_read(s, b, 0), whose 0 is not the end of the data) is no
 * longer exempt, though clamping keeps 0 at 0. Without the clamp it is exempt.
 * Expected: clean.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void io_close(SSL *s);

static int rd(SSL *s, void *b, int l) {
	if (l > 16384) l = 16384;
	return SSL_read(s, b, l);
}

void poke(SSL *s, char *b) {
	ERR_clear_error();
	int n = rd(s, b, 0); // expect-fp: OSSL005
	if (n == 0) { io_close(s); return; }
}
