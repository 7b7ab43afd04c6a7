/*
 * Twin of dead_branch_static.c from its review: a macro that sends through
 * TLS or through the plain socket, whose two calls share the location of the
 * macro's use. Every caller passes `secure = true`, so send() is dead, but
 * SSL_write() is not: a finding there is kept (only where every call written
 * at a place is dead is the place dead). main() leaves the unchecked
 * SSL_CTX_load_verify_locations()'s error on the queue.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdbool.h>
#include <sys/socket.h>
#include <sys/types.h>

#define CONN_SEND(secure, ssl, fd, buf, n) \
	((secure) ? SSL_write((ssl), (buf), (int)(n)) : (int)send((fd), (buf), (n), 0))

static int send_all(SSL *ssl, int fd, const char *buf, int len, bool secure)
{
	int r = CONN_SEND(secure, ssl, fd, buf, len); // expect: OSSL001
	if (r <= 0) {
		if (secure) {
			int e = SSL_get_error(ssl, r);
			if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
				return 0;
		}
		return -1;
	}
	return r;
}

int main(void)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	if (ctx == NULL)
		return 1;
	SSL_CTX_load_verify_locations(ctx, "/etc/app/ca.pem", NULL); /* failure left on the queue */
	SSL *ssl = SSL_new(ctx);
	if (ssl == NULL || !SSL_set_fd(ssl, 3))
		return 1;
	return send_all(ssl, 3, "hello\n", 6, true) < 0;
}
