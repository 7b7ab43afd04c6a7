/*
 * SSL_ERROR_SYSCALL and SSL_ERROR_ZERO_RETURN share one branch that logs and
 * returns a failure (`return -EIO;`; the log line under an `if` of its own),
 * shaped after a VPN client that reconnects on any negative result
 * (openconnect's ssl_nonblock_read, src/openssl.c, v8.10): a clean close is a failure too, so a
 * premature close cannot pass for the end of complete data. Silent. The twin
 * returns 0 (the end of the data) from the shared branch: OSSL005; so does
 * the variant that also records the close as clean in the connection.
 */
#include <errno.h>
#include <stdio.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

struct vpn {
	SSL *ssl;
	int closed;
	int verbose;
};

int vpn_read(struct vpn *v, void *buf, int maxlen)
{
	int len, ret;

	ERR_clear_error();
	len = SSL_read(v->ssl, buf, maxlen);
	if (len > 0)
		return len;
	ret = SSL_get_error(v->ssl, len);
	if (ret == SSL_ERROR_SYSCALL || ret == SSL_ERROR_ZERO_RETURN) {
		if (v->verbose)
			fprintf(stderr, "SSL read error %d; reconnecting\n", ret);
		return -EIO;
	}
	if (ret == SSL_ERROR_WANT_READ || ret == SSL_ERROR_WANT_WRITE)
		return 0;
	return -EIO;
}

int vpn_read_twin(struct vpn *v, void *buf, int maxlen)
{
	int len, ret;

	ERR_clear_error();
	len = SSL_read(v->ssl, buf, maxlen);
	if (len > 0)
		return len;
	ret = SSL_get_error(v->ssl, len); // expect: OSSL005
	if (ret == SSL_ERROR_SYSCALL || ret == SSL_ERROR_ZERO_RETURN) {
		fprintf(stderr, "SSL read error %d; closed\n", ret);
		return 0;
	}
	if (ret == SSL_ERROR_WANT_READ || ret == SSL_ERROR_WANT_WRITE)
		return -EAGAIN;
	return -EIO;
}

int vpn_read_marks_closed(struct vpn *v, void *buf, int maxlen)
{
	int len, ret;

	ERR_clear_error();
	len = SSL_read(v->ssl, buf, maxlen);
	if (len > 0)
		return len;
	ret = SSL_get_error(v->ssl, len); // expect: OSSL005
	if (ret == SSL_ERROR_SYSCALL || ret == SSL_ERROR_ZERO_RETURN) {
		v->closed = 1;
		return -EIO;
	}
	if (ret == SSL_ERROR_WANT_READ || ret == SSL_ERROR_WANT_WRITE)
		return 0;
	return -EIO;
}
