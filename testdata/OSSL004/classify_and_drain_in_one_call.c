/*
 * Shape: a log line that classifies the handshake's result and describes the
 * queue in the arguments of one call (SquirrelMail's imapproxy,
 * imapcommon.c: `syslog(LOG_ERR, "... %d %s", SSL_get_error(tls, rc),
 * SSLerrmessage())`). C leaves the order of a call's arguments unspecified,
 * and GCC on x86-64 evaluates them from the right: the description empties
 * the queue first, and a protocol error is then classified as
 * SSL_ERROR_SYSCALL (5), not SSL_ERROR_SSL (1); its auditor saw 5 logged.
 *
 * Expected: OSSL004 at the draining argument in log_connect() and
 * log_connect_inline(); nothing in log_connect_ordered(), which classifies
 * in a statement of its own first. In log_drain_first() (coturn's shape) the
 * drain is the earlier argument, which the CFG, evaluating from the left,
 * already puts between the two: OSSL004 as any drain between, reported once.
 */
#include <stddef.h>
#include <syslog.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

static const char *errmsg(void)
{
	return ERR_error_string(ERR_get_error(), NULL);
}

int log_connect(SSL *s)
{
	int rc;

	ERR_clear_error();
	rc = SSL_connect(s);
	if (rc <= 0) {
		syslog(LOG_ERR, "connect: %d: %s", SSL_get_error(s, rc), errmsg()); // expect: OSSL004
		return -1;
	}
	return 0;
}

int log_connect_inline(SSL *s)
{
	int rc;

	ERR_clear_error();
	rc = SSL_connect(s);
	if (rc <= 0) {
		syslog(LOG_ERR, "connect: %d: %s", SSL_get_error(s, rc),
		       ERR_error_string(ERR_get_error(), NULL)); // expect: OSSL004
		return -1;
	}
	return 0;
}

int log_connect_ordered(SSL *s)
{
	int rc, e;

	ERR_clear_error();
	rc = SSL_connect(s);
	if (rc <= 0) {
		e = SSL_get_error(s, rc);
		syslog(LOG_ERR, "connect: %d: %s", e, errmsg());
		return -1;
	}
	return 0;
}

int log_drain_first(SSL *s)
{
	int rc;
	char buf[256];

	ERR_clear_error();
	rc = SSL_connect(s);
	if (rc <= 0) {
		syslog(LOG_ERR, "connect: %s (%d)", ERR_error_string(ERR_get_error(), buf), // expect: OSSL004
		       SSL_get_error(s, rc));
		return -1;
	}
	return 0;
}
