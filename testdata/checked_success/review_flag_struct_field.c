/*
 * False negative (OSSL001) from thread_flag_tests(): a struct parameter passed
 * by value; local_root() names `o.failed` and `o.strict` as the same variable
 * (o), given a value exactly once (`o.failed = ...`), so the test of the OTHER
 * field `o.strict` is lowered as `tls_put(...) != T_OK`. Its false edge
 * (strict == 0, a caller's choice) is taken as "tls_put() returned T_OK", so
 * put_opts()'s P_OK is believed to prove the write succeeded.
 * Really: with strict == 0 a failed SSL_write() (which pushed an error)
 * returns P_OK, and command()'s SSL_read() then runs with a stale error:
 * OSSL001 on the read (2110af3 reports it; 7d9d2c6 does not).
 */
#include <string.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum { T_OK = 0, T_EIO = 4 };
enum { P_OK = 0, P_EIO = 1 };

struct put_opts {
	int strict;
	int failed;
};

static SSL *conn;

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
	int r = SSL_read(conn, buf, len); // expect: OSSL001
	if (r < 1) {
		int e = SSL_get_error(conn, r);
		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return -2;
		return -1;
	}
	return r;
}

static int put_opts(const char *s, int len, struct put_opts o) {
	o.failed = (tls_put(s, len) != T_OK);
	if (o.strict && o.failed)
		return P_EIO;
	return P_OK;
}

int command(const char *cmd, char *reply, int len, struct put_opts o) {
	ERR_clear_error();
	if (put_opts(cmd, (int)strlen(cmd), o) != P_OK)
		return -1;
	return tls_get(reply, len);
}
