/* From the review of 9507844 and 23517b1 (sixth session), a reproducer kept as a fixture:
 * Real bug: main.c gives its SSL a non-blocking socket (SSL_set_fd) and reads it through conn.c's exported
 * table tls_conn_ops (a data reference, no call edge, no address taken in main.c). conn_read handles only
 * SSL_ERROR_WANT_READ, so an SSL_read that must write (handshake, KeyUpdate/renegotiation reply) and gets
 * SSL_ERROR_WANT_WRITE from the socket drops the connection. filter_bio.c is other library code with its own
 * never-retrying write BIO method. 0d56ad4: OSSL003 at conn.c:18. 23517b1: nothing (main.c is a program part
 * of its own; conn.c+filter_bio.c form the library part, whose "writes never retry" fact is true). */
/* Library code: the connection's operations, exported as a table of
 * function pointers (the program reaches conn_read only through it). */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn_ops {
	int (*read)(SSL *ssl, char *buf, int len);
};

static int conn_read(SSL *ssl, char *buf, int len)
{
	int n, err;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	err = SSL_get_error(ssl, n); // expect: OSSL003
	if (err == SSL_ERROR_WANT_READ)
		return 0;
	return -1; /* SSL_ERROR_WANT_WRITE on a non-blocking socket: connection dropped */
}

const struct conn_ops tls_conn_ops = { conn_read };
