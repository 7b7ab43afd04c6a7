/*
 * Shape: dnsperf's DoT receiver (src/net_dot.c, perf__dot_recv): the 0
 * reconnects, unlocks and returns -1 with errno EAGAIN; a failed read does
 * the same through `switch (errno)`'s ECONNRESET case. The unlock is a macro
 * that keeps pthread_mutex_unlock()'s status in a local of its own (`int __n
 * = ...; if (__n != 0) fatal(...)`): a local the 0's way defines, which no
 * caller can see where that way returns a constant. The 0 does what a
 * failure does: not reported.
 *
 * Twin (reported): the 0's way also sets a flag of static storage
 * (`saw_eof = 1;`), which no failure sets and a caller may read.
 */
#include <errno.h>
#include <pthread.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct dot {
	SSL *ssl;
	pthread_mutex_t lock;
};

void fatal(const char *what, int code);
void reconnect(struct dot *d);

#define UNLOCK(m) \
	do { \
		int __n = pthread_mutex_unlock(m); \
		if (__n != 0) \
			fatal("pthread_mutex_unlock", __n); \
	} while (0)

long dot_recv(struct dot *d, char *buf, int len)
{
	int n;

	pthread_mutex_lock(&d->lock);
	ERR_clear_error();
	n = SSL_read(d->ssl, buf, len);
	if (!n) {
		reconnect(d);
		UNLOCK(&d->lock);
		errno = EAGAIN;
		return -1;
	}
	if (n < 0) {
		switch (SSL_get_error(d->ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			errno = EAGAIN;
			break;
		case SSL_ERROR_SYSCALL:
			switch (errno) {
			case ECONNRESET:
			case ENOTCONN:
				reconnect(d);
				errno = EAGAIN;
				break;
			default:
				break;
			}
			break;
		default:
			errno = EBADF;
			break;
		}
		UNLOCK(&d->lock);
		return -1;
	}
	UNLOCK(&d->lock);
	return n;
}

static int saw_eof;

long dot_recv_flag_twin(struct dot *d, char *buf, int len)
{
	int n;

	pthread_mutex_lock(&d->lock);
	ERR_clear_error();
	n = SSL_read(d->ssl, buf, len); // expect: OSSL005
	if (!n) {
		saw_eof = 1;
		reconnect(d);
		UNLOCK(&d->lock);
		errno = EAGAIN;
		return -1;
	}
	if (n < 0) {
		switch (SSL_get_error(d->ssl, n)) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			errno = EAGAIN;
			break;
		case SSL_ERROR_SYSCALL:
			switch (errno) {
			case ECONNRESET:
			case ENOTCONN:
				reconnect(d);
				errno = EAGAIN;
				break;
			default:
				break;
			}
			break;
		default:
			errno = EBADF;
			break;
		}
		UNLOCK(&d->lock);
		return -1;
	}
	UNLOCK(&d->lock);
	return n;
}
