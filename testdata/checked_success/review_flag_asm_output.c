/*
 * False negative (OSSL001), minor: thread_flag_tests() counts the flag's
 * definitions as the IR's EV_DEF events, and a GNU asm output operand that
 * writes the flag is not one, so `e` is taken as "given a value exactly once"
 * and `if (e)` is lowered as `tls_put(...) != T_OK`. Here the asm statement
 * overwrites e with 0 (xor), so a failed SSL_write() (which pushed an error)
 * still returns P_OK and command()'s SSL_read() runs with a stale error:
 * OSSL001 on the read (2110af3 reports it; 7d9d2c6 does not). x86-64 asm.
 */
#include <string.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum { T_OK = 0, T_EIO = 4 };
enum { P_OK = 0, P_EIO = 1 };

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

static int put(const char *s, int len) {
	int e;
	e = (tls_put(s, len) != T_OK);
	__asm__("xorl %0, %0" : "=r"(e)); /* e = 0, unseen by the IR */
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
