/*
 * Shape: curl ossl_send_earlydata() (lib/vtls/openssl.c, 2026 snapshot
 * 5c61e16). Written for ossl-lint; not the real code.
 *
 * Nothing clears the queue in this function (nor in its caller) before
 * SSL_write_early_data(), whose result SSL_get_error() classifies. curl runs
 * many connections on one thread, so an error left by another transfer can
 * turn WANT_READ/WANT_WRITE into SSL_ERROR_SSL: a true positive.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct pending { const unsigned char *buf; size_t len; };
int next_chunk(struct pending *p);
void report(const char *what, unsigned long code);

enum { E_OK = 0, E_AGAIN = 81, E_SEND = 55 };

int send_early(SSL *ssl, struct pending *p)
{
	size_t written;
	int rc, err;

	while (next_chunk(p)) {
		written = 0;
		rc = SSL_write_early_data(ssl, p->buf, p->len, &written); // expect: OSSL001
		if (rc <= 0) {
			err = SSL_get_error(ssl, rc);
			switch (err) {
			case SSL_ERROR_WANT_READ:
			case SSL_ERROR_WANT_WRITE:
				return E_AGAIN;
			default:
				report("SSL_write_early_data", ERR_get_error());
				return E_SEND;
			}
		}
		p->buf += written;
		p->len -= written;
	}
	return E_OK;
}
