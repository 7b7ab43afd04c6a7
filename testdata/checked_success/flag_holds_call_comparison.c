/*
 * A checked success through a flag (shaped after a line-protocol client's
 * transport-neutral put(), msmtp's smtp_put()): `e = (tls_put(...) !=
 * T_OK); if (e) return P_EIO;` makes put()'s P_OK prove that tls_put()
 * returned T_OK, which it does only after a full SSL_write() (a write that
 * pushes only when it fails): the reply's SSL_read() after a P_OK sees the
 * queue the caller cleared. The flag is a local given a value only there, so
 * each run of the call sets it anew. Twins: a flag tested the wrong way round
 * (`if (!e)`: P_OK after a failed write, whose error the read then sees), and
 * a flag given another value after the call (`e = retry_later();`), whose
 * test says nothing of the write (OSSL001 each).
 */
#include <string.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum { T_OK = 0, T_EIO = 4 };
enum { P_OK = 0, P_EIO = 1 };

static SSL *conn;

int retry_later(void);

static int tls_put(const char *s, int len) {
	int r;
	if (len < 1)
		return T_OK;
	if ((r = SSL_write(conn, s, len)) != len) {
		int e = SSL_get_error(conn, r);
		if (e == SSL_ERROR_SSL)
			(void)ERR_get_error(); /* the first error only */
		return T_EIO;
	}
	return T_OK;
}

static int tls_get(char *buf, int len) {
	int r = SSL_read(conn, buf, len);
	if (r < 1) {
		int e = SSL_get_error(conn, r);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return -2;
		return -1;
	}
	return r;
}

static int put(const char *s, int len) {
	int e;
	e = (tls_put(s, len) != T_OK);
	if (e)
		return P_EIO;
	return P_OK;
}

int command(const char *cmd, char *reply, int len) {
	ERR_clear_error();
	if (put(cmd, (int)strlen(cmd)) != P_OK)
		return -1;
	return tls_get(reply, len);
}

static int tls_get_inverted(char *buf, int len) {
	int r = SSL_read(conn, buf, len); // expect: OSSL001
	if (r < 1) {
		int e = SSL_get_error(conn, r);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return -2;
		return -1;
	}
	return r;
}

static int put_inverted(const char *s, int len) {
	int e = (tls_put(s, len) != T_OK);
	if (!e)
		return P_EIO;
	return P_OK;
}

int command_inverted(const char *cmd, char *reply, int len) {
	ERR_clear_error();
	if (put_inverted(cmd, (int)strlen(cmd)) != P_OK)
		return -1;
	return tls_get_inverted(reply, len);
}

static int tls_get_reassigned(char *buf, int len) {
	int r = SSL_read(conn, buf, len); // expect: OSSL001
	if (r < 1) {
		int e = SSL_get_error(conn, r);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return -2;
		return -1;
	}
	return r;
}

static int put_reassigned(const char *s, int len) {
	int e;
	e = (tls_put(s, len) != T_OK);
	e = retry_later();
	if (e)
		return P_EIO;
	return P_OK;
}

int command_reassigned(const char *cmd, char *reply, int len) {
	ERR_clear_error();
	if (put_reassigned(cmd, (int)strlen(cmd)) != P_OK)
		return -1;
	return tls_get_reassigned(reply, len);
}
