/*
 * A header's `static inline` helper in a unit that never calls it (shaped
 * after netdata's nd-sock.h, pasted into every unit that includes it): the
 * copy cannot run from here, so it brings no caller's error to the read it
 * wraps; the read's one real caller clears first. The twin is the same helper
 * with external linkage: code outside the run may call it, so it is an entry
 * point with an unknown queue, and the read it calls is reported (OSSL001).
 */
#include <errno.h>
#include <sys/types.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
};

static ssize_t conn_ssl_read(struct conn *c, void *buf, size_t num) {
	int n = SSL_read(c->ssl, buf, (int)num);
	if (n <= 0) {
		int err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_ZERO_RETURN)
			return 0;
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			errno = EWOULDBLOCK;
		else
			while (ERR_get_error() != 0)
				;
		return -1;
	}
	return n;
}

/* from the shared header: used by other units, not by this one */
static inline ssize_t sock_recv_nowait(struct conn *c, void *buf, size_t num) {
	return conn_ssl_read(c, buf, num);
}

ssize_t conn_read_fresh(struct conn *c, void *buf, size_t num) {
	ERR_clear_error();
	return conn_ssl_read(c, buf, num);
}

static ssize_t conn_ssl_read_twin(struct conn *c, void *buf, size_t num) {
	int n = SSL_read(c->ssl, buf, (int)num); // expect: OSSL001
	if (n <= 0) {
		int err = SSL_get_error(c->ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			errno = EWOULDBLOCK;
		return -1;
	}
	return n;
}

ssize_t sock_recv_nowait_extern(struct conn *c, void *buf, size_t num) {
	return conn_ssl_read_twin(c, buf, num);
}
