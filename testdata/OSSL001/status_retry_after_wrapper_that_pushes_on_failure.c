/*
 * Shape: a wrapper that classifies the I/O result and maps it to a status of
 * its own (SWI-Prolog's ssl_inspect_status(): OK, RETRY, ERROR), and pushes
 * on its way to ERROR; the caller goes round on RETRY, which the wrapper
 * returns only for a want, with the queue empty. The wrapper pushes only when
 * it returns a failure, so RETRY also proves that it pushed nothing; that
 * proof must not give back the failed write's queue that the RETRY value had
 * already ruled out.
 *
 * Expected: nothing in write_all(), whose clear before the loop covers every
 * pass. The twin write_all_ok_retries() goes round on OK with nothing
 * written too, which the lenient wrapper also returns for SSL_ERROR_SSL, the
 * failed write's error left on the queue: OSSL001.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

typedef enum { PL_OK, PL_RETRY, PL_ERROR } pl_status;

struct inst {
	SSL *ssl;
	int fatal;
	int lenient;
};

int eof_is_fine(struct inst *in);

static pl_status inspect(struct inst *in, int ret)
{
	int code;

	if (ret > 0)
		return PL_OK;
	code = SSL_get_error(in->ssl, ret);
	switch (code) {
	case SSL_ERROR_WANT_READ:
		return PL_RETRY;
	case SSL_ERROR_WANT_WRITE:
		return PL_RETRY;
	case SSL_ERROR_ZERO_RETURN:
		return PL_OK;
	case SSL_ERROR_SSL:
		in->fatal = 1;
		if (in->lenient)
			return PL_OK; /* the write's error stays on the queue */
		break;
	default:
		break;
	}
	if (code == SSL_ERROR_SYSCALL) {
		if (eof_is_fine(in))
			return PL_OK;
		BIO_free(BIO_new(BIO_s_mem()));
		return PL_ERROR;
	}
	BIO_free(BIO_new(BIO_s_mem()));
	return PL_ERROR;
}

long write_all(struct inst *in, const char *buf, int size)
{
	ERR_clear_error();
	for (;;) {
		int w = SSL_write(in->ssl, buf, size);
		switch (inspect(in, w)) {
		case PL_OK:
			return w;
		case PL_RETRY:
			continue;
		case PL_ERROR:
			return -1;
		}
	}
}

long write_all_ok_retries(struct inst *in, const char *buf, int size)
{
	long total = 0;

	ERR_clear_error();
	for (;;) {
		int w = SSL_write(in->ssl, buf, size); // expect: OSSL001
		switch (inspect(in, w)) {
		case PL_OK:
			if (w <= 0)
				continue;
			total += w;
			return total;
		case PL_RETRY:
			continue;
		case PL_ERROR:
			return -1;
		}
	}
}
