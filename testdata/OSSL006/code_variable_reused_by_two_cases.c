/*
 * One `ret` reused by two handshake-then-classify blocks in two cases of a
 * switch (pppd's peap_process(), shaped): each case gives its own
 * SSL_get_error() code to ERR_error_string(). Both are reported, and the
 * second finding's path starts at the second case's SSL_get_error(), the
 * one whose value reaches that use, not at the first one that stores into
 * `ret` (tests/test_formats.py checks the source step).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>

struct peer {
	SSL *ssl;
	BIO *in;
	int phase;
};

static void give_up(const char *what, const char *why)
{
	fprintf(stderr, "%s: %s\n", what, why);
	exit(1);
}

int peer_step(struct peer *pr, int flag, const unsigned char *p, int len)
{
	int ret;

	switch (flag) {
	case 1:
		ERR_clear_error();
		ret = SSL_do_handshake(pr->ssl);
		if (ret != 1) {
			ret = SSL_get_error(pr->ssl, ret);
			if (ret != SSL_ERROR_WANT_READ && ret != SSL_ERROR_WANT_WRITE)
				give_up("start", ERR_error_string(ret, NULL)); // expect: OSSL006
		}
		break;
	case 2:
		if (BIO_write(pr->in, p, len) != len)
			return -1;
		if (pr->phase == 1) {
			ERR_clear_error();
			ret = SSL_do_handshake(pr->ssl);
			if (ret != 1) {
				ret = SSL_get_error(pr->ssl, ret);
				if (ret != SSL_ERROR_WANT_READ && ret != SSL_ERROR_WANT_WRITE)
					give_up("continue", ERR_error_string(ret, NULL)); // expect: OSSL006
			}
			if (SSL_is_init_finished(pr->ssl))
				pr->phase = 2;
		}
		break;
	}
	return 0;
}
