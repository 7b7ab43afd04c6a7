/*
 * Shape: the `_ex` read loop (`while (SSL_read_ex(...))`, as in OpenSSL's own
 * demos and in servers that drain a connection into a buffer) and haproxy's
 * early-data loop (src/ssl_sock.c `ssl_sock_handshake`, 3.5-dev: the loop goes
 * round while SSL_read_early_data() says SSL_READ_EARLY_DATA_SUCCESS).
 *
 * SSL_read_ex(), SSL_write_ex() and SSL_read_early_data() return 0 on failure
 * and never less (the model's `min_result: 0`), so a result that is non-zero,
 * or differs from SSL_READ_EARLY_DATA_ERROR, is a success: it pushed nothing,
 * and the pass that goes round leaves the queue as the clear before the loop
 * left it.
 *
 * Expected: nothing in drain_ex() and early_data(), which clear before their
 * loops. The twins: drain_ex_push_in_body() goes round after an unchecked call
 * that may push (OSSL001 on the next SSL_read_ex, "a pass through the loop");
 * early_data_no_clear() never clears (OSSL001, from its caller's queue).
 */
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

int drain_ex(SSL *ssl, unsigned char *buf, size_t room, size_t *total)
{
	size_t got = 0;

	ERR_clear_error();
	while (SSL_read_ex(ssl, buf, room, &got))
		*total += got;
	return SSL_get_error(ssl, 0) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, 0) == SSL_ERROR_WANT_WRITE;
}

int drain_ex_push_in_body(SSL *ssl, unsigned char *buf, size_t room, size_t *total)
{
	size_t got = 0;

	ERR_clear_error();
	while (SSL_read_ex(ssl, buf, room, &got)) { // expect: OSSL001
		*total += got;
		SSL_use_certificate_file(ssl, "client.pem", SSL_FILETYPE_PEM);
	}
	return SSL_get_error(ssl, 0) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, 0) == SSL_ERROR_WANT_WRITE;
}

int early_data(SSL *ssl, unsigned char *buf, size_t room)
{
	ERR_clear_error();
	for (;;) {
		size_t got = 0;
		int ret = SSL_read_early_data(ssl, buf, room, &got);

		if (ret == SSL_READ_EARLY_DATA_ERROR)
			break;
		if (ret == SSL_READ_EARLY_DATA_FINISH)
			return 1;
	}
	return SSL_get_error(ssl, 0) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, 0) == SSL_ERROR_WANT_WRITE;
}

int early_data_no_clear(SSL *ssl, unsigned char *buf, size_t room)
{
	for (;;) {
		size_t got = 0;
		int ret = SSL_read_early_data(ssl, buf, room, &got); // expect: OSSL001

		if (ret == SSL_READ_EARLY_DATA_ERROR)
			break;
		if (ret == SSL_READ_EARLY_DATA_FINISH)
			return 1;
	}
	return SSL_get_error(ssl, 0) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, 0) == SSL_ERROR_WANT_WRITE;
}
