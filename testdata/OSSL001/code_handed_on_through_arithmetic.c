/*
 * The classification's code is handed on through arithmetic (ocaml-ssl's
 * stubs: `caml_raise_with_arg(exn, Val_int(err))`, Val_int being a shift and
 * an add), so a stale error changes what the caller gets: with no clear
 * before SSL_read(), OSSL001. code_used_only_when_none() uses its code only
 * where it is SSL_ERROR_NONE (EPIC5's inverted test), as a plain argument:
 * a stale error changes nothing there, no OSSL001; nor in
 * code_compared_in_a_value(), which keeps only whether it is SSL_ERROR_NONE.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

typedef long value;
#define Val_int(x) ((value)(((unsigned long)(x) << 1)) + 1)

void raise_with_arg(const char *exn, value v);
void log_line(const char *fmt, int a, int b);

value stub_read(SSL *ssl, char *buf, int len)
{
	int ret, err;

	ret = SSL_read(ssl, buf, len); // expect: OSSL001
	err = SSL_get_error(ssl, ret);
	if (err != SSL_ERROR_NONE)
		raise_with_arg("ssl_read_error", Val_int(err));
	return Val_int(ret);
}

int code_used_only_when_none(SSL *ssl, char *buf, int len)
{
	int c = SSL_read(ssl, buf, len);

	if (c < 0) {
		int ssl_error = SSL_get_error(ssl, c);
		if (ssl_error == SSL_ERROR_NONE)
			log_line("SSL_read failed with [%d]/[%d]", c, ssl_error);
	}
	return c;
}

int code_compared_in_a_value(SSL *ssl, char *buf, int len)
{
	int c = SSL_read(ssl, buf, len);
	int failed = 0;

	if (c <= 0) {
		int ssl_error = SSL_get_error(ssl, c);
		failed = (ssl_error != SSL_ERROR_NONE);
	}
	return failed ? -1 : c;
}
