/*
 * A read that asks for no bytes: an embedded web server's receive hook is
 * also called with no buffer or a zero length (to let OpenSSL process records
 * during the handshake), and returns 0, "nothing moved", when the read then
 * gives 0. A 0 on that way is not the end of the data: no finding. The other
 * 0s are failures (-1). recv_hook_const reads with the constant 0.
 * Twins that keep OSSL005: the length tested is not the read's any more
 * (len_changed_twin: `len = 0;` after the read), a test that does not prove
 * the length 0 (len_below_twin: `len < 2`), and a 0 from a read of `len`
 * bytes taken as the end of the data (no_length_test_twin).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stddef.h>

#define IO_WAIT (-2)
#define IO_ERR (-1)

static int would_block(SSL *ssl, int n)
{
	int e = SSL_get_error(ssl, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

long recv_hook(SSL *ssl, int in_handshake, void *buf, size_t len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, (int)len);
	if (!in_handshake && (buf == NULL || len == 0) && n == 0)
		return 0;
	if (n < 0 && would_block(ssl, n))
		return IO_WAIT;
	if (n <= 0)
		return IO_ERR;
	return n;
}

long recv_hook_const(SSL *ssl)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, NULL, 0);
	if (n == 0)
		return 0;
	return n < 0 ? IO_ERR : n;
}

long len_changed_twin(SSL *ssl, void *buf, size_t len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, (int)len); // expect: OSSL005
	len = 0;
	if (len == 0 && n == 0)
		return 0;
	if (n < 0 && would_block(ssl, n))
		return IO_WAIT;
	if (n <= 0)
		return IO_ERR;
	return n;
}

long len_below_twin(SSL *ssl, void *buf, int len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, len); // expect: OSSL005
	if (len < 2 && n == 0)
		return 0;
	if (n < 0 && would_block(ssl, n))
		return IO_WAIT;
	if (n <= 0)
		return IO_ERR;
	return n;
}

long no_length_test_twin(SSL *ssl, void *buf, size_t len)
{
	int n;

	ERR_clear_error();
	n = SSL_read(ssl, buf, (int)len); // expect: OSSL005
	if (n == 0)
		return 0;
	if (n < 0 && would_block(ssl, n))
		return IO_WAIT;
	if (n <= 0)
		return IO_ERR;
	return n;
}
