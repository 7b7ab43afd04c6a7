/*
 * A classify helper that returns 0 both where the I/O call succeeded (`if
 * (ret > 0) return 0;`, before it classifies) and for a want, and 1 for the
 * rest (after draining): the shape of OSSEC's ssl_error_timed(). Its table
 * keeps the two 0s apart ("0 when argument 2 >= 1", which passes on the
 * caller's queue, and "0", where SSL_get_error() said a want and the queue
 * is empty), so the caller that goes on where it returned 0 and the call
 * succeeded has the queue the success left: after the handshake of an SSL
 * fresh from SSL_new() (which clears on entry and pushes nothing when it
 * succeeds), an empty one. No finding on serve()'s SSL_read(); its
 * SSL_accept() stays reported (nothing clears before it: the breach of the
 * documented contract that OpenSSL's own clear in state_machine() forgives).
 * Before, the two 0s were one entry, "the caller's queue or empty", and the
 * queue from before the handshake reached the read.
 * The twin keeps the finding: serve_established_twin()'s handshake call runs
 * on an SSL it was handed, after a call that may push (an established
 * connection's handshake call returns 1 at once and clears nothing), so its
 * success passes that error on to the read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static int check(SSL *ssl, int ret)
{
	if (ret > 0)
		return 0;
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	default:
		ERR_print_errors_fp(stderr);
		return 1;
	}
}

int serve(SSL_CTX *ctx, int fd, char *buf, int len)
{
	SSL *ssl = SSL_new(ctx);
	int ret;
	if (ssl == NULL)
		return -1;
	SSL_set_fd(ssl, fd);
	do {
		ret = SSL_accept(ssl); // expect: OSSL001
		if (check(ssl, ret)) {
			SSL_free(ssl);
			return -1;
		}
	} while (ret <= 0);
	do {
		ret = SSL_read(ssl, buf, len);
		if (check(ssl, ret)) {
			SSL_free(ssl);
			return -1;
		}
	} while (ret <= 0);
	SSL_free(ssl);
	return ret;
}

int serve_established_twin(SSL *ssl, const char *host, char *buf, int len)
{
	int ret;
	SSL_set_tlsext_host_name(ssl, host);
	do {
		ret = SSL_do_handshake(ssl); // expect: OSSL001
		if (check(ssl, ret))
			return -1;
	} while (ret <= 0);
	do {
		ret = SSL_read(ssl, buf, len); // expect: OSSL001
		if (check(ssl, ret))
			return -1;
	} while (ret <= 0);
	return ret;
}

/* Found by review: a helper that returns as many constants as a table holds
 * (0 for a success and for a want, 1 to 11 for the rest, each after a
 * clear): its two 0s are joined into one entry again to make room, rather
 * than the table being given up, and the write on its non-zero way runs
 * with an empty queue (no finding). */
static int check_all(SSL *ssl, int ret)
{
	if (ret > 0)
		return 0;
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return 0;
	case SSL_ERROR_SSL: ERR_clear_error(); return 1;
	case SSL_ERROR_SYSCALL: ERR_clear_error(); return 2;
	case SSL_ERROR_ZERO_RETURN: ERR_clear_error(); return 3;
	case SSL_ERROR_WANT_X509_LOOKUP: ERR_clear_error(); return 4;
	case SSL_ERROR_WANT_CONNECT: ERR_clear_error(); return 5;
	case SSL_ERROR_WANT_ACCEPT: ERR_clear_error(); return 6;
	case SSL_ERROR_WANT_ASYNC: ERR_clear_error(); return 7;
	case SSL_ERROR_WANT_ASYNC_JOB: ERR_clear_error(); return 8;
	case SSL_ERROR_WANT_CLIENT_HELLO_CB: ERR_clear_error(); return 9;
	case SSL_ERROR_WANT_RETRY_VERIFY: ERR_clear_error(); return 10;
	default:
		ERR_print_errors_fp(stderr);
		return 11;
	}
}

int read_then_bye(SSL *ssl, char *buf, int len)
{
	int ret, r;
	ERR_clear_error();
	ret = SSL_read(ssl, buf, len);
	r = check_all(ssl, ret);
	if (r != 0) {
		ret = SSL_write(ssl, "bye", 3);
		switch (SSL_get_error(ssl, ret)) {
		case SSL_ERROR_NONE: return -1;
		case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
		default: return -3;
		}
	}
	return ret;
}
