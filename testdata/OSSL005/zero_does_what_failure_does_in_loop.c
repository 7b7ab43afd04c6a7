/*
 * Shape: a liveness check of cached connections (SquirrelMail's imapproxy,
 * Get_Server_conn()): each one is read until it would block, its bytes
 * thrown away; a 0 ("closed by server") and a read error both log, mark the
 * connection unusable with the same store, and go on to the next one. The 0
 * does what a failure does: no data is taken as complete.
 *
 * Expected: nothing in find_live(). The twin find_live_marks_eof() marks a
 * 0 with a field of its own (`a->eof = 1`), which a failure does not set:
 * OSSL005.
 */
#include <errno.h>
#include <syslog.h>
#include <string.h>
#include <unistd.h>
#include <openssl/ssl.h>

struct conn {
	SSL *tls;
	int sd;
};

struct cached {
	struct conn *server;
	int logouttime;
	int eof;
	struct cached *next;
};

static char drain_buf[4096];

static int conn_read(struct conn *c, char *buf, int n)
{
	if (c->tls)
		return SSL_read(c->tls, buf, n);
	return (int)read(c->sd, buf, (size_t)n);
}

struct conn *find_live(struct cached *list)
{
	struct cached *a;
	int rc;

	for (a = list; a; a = a->next) {
		while ((rc = conn_read(a->server, drain_buf, sizeof drain_buf)) > 0)
			;
		if (!rc) {
			syslog(LOG_NOTICE, "unable to reuse: closed by server");
			a->logouttime = 1;
			continue;
		}
		if (errno != EWOULDBLOCK) {
			syslog(LOG_NOTICE, "unable to reuse: %s", strerror(errno));
			a->logouttime = 1;
			continue;
		}
		return a->server;
	}
	return NULL;
}

struct conn *find_live_marks_eof(struct cached *list)
{
	struct cached *a;
	int rc;

	for (a = list; a; a = a->next) {
		while ((rc = conn_read(a->server, drain_buf, sizeof drain_buf)) > 0) // expect: OSSL005
			;
		if (!rc) {
			syslog(LOG_NOTICE, "unable to reuse: closed by server");
			a->eof = 1;
			continue;
		}
		if (errno != EWOULDBLOCK) {
			syslog(LOG_NOTICE, "unable to reuse: %s", strerror(errno));
			a->logouttime = 1;
			continue;
		}
		return a->server;
	}
	return NULL;
}
