/*
 * A checked success through a cast that keeps the value (shaped after a
 * STARTTLS server's handshake start, cyrus-imapd imap/tls.c): the SSL comes
 * from `(SSL *) SSL_new(ctx)` and is tested against NULL, so on the way on
 * SSL_new() succeeded and pushed nothing; SSL_set_fd() is checked too, the
 * queue was cleared on entry, and the loop goes round only after a WANT_*
 * (an empty queue). Likewise `(long)SSL_set_fd(...)`, a cast to a wider
 * signed integer. The twin casts SSL_set_fd()'s result to a byte, which
 * does not keep every value the call may return, so its test proves nothing
 * and the unchecked setter may have pushed (OSSL001).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int start_servertls(SSL_CTX *ctx, int fd, SSL **ret) {
	SSL *conn;
	int sts, err;

	ERR_clear_error();
	conn = (SSL *) SSL_new(ctx);
	if (conn == NULL)
		return -1;
	if ((long) SSL_set_fd(conn, fd) == 0) {
		SSL_free(conn);
		return -1;
	}
	SSL_set_accept_state(conn);
	for (;;) {
		sts = SSL_accept(conn);
		if (sts > 0)
			break;
		err = SSL_get_error(conn, sts);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			continue;
		SSL_free(conn);
		return -1;
	}
	*ret = conn;
	return 0;
}

int start_servertls_byte_cast(SSL_CTX *ctx, int fd, SSL **ret) {
	SSL *conn;
	int sts, err;

	ERR_clear_error();
	conn = (SSL *) SSL_new(ctx);
	if (conn == NULL)
		return -1;
	if ((unsigned char) SSL_set_fd(conn, fd) == 0) {
		SSL_free(conn);
		return -1;
	}
	SSL_set_accept_state(conn);
	for (;;) {
		sts = SSL_accept(conn); // expect: OSSL001
		if (sts > 0)
			break;
		err = SSL_get_error(conn, sts);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			continue;
		SSL_free(conn);
		return -1;
	}
	*ret = conn;
	return 0;
}
