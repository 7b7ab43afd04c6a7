/*
 * The handshake call chosen by a `? :` (shaped after stunnel's ssl_start(),
 * src/client.c 5.75, and mongoose's mg_tls_handshake()): `rc = client ?
 * SSL_connect(ssl) : SSL_accept(ssl);` leaves rc holding either call's
 * result, and `rc == 1` proves whichever ran succeeded and pushed nothing, so
 * the write after the loop runs on the queue cleared before it; so does a
 * declaration's `int rc = client ? ... : ...;` (handshake_step). The twin's
 * other arm is a project function that pushes and still returns 1 (an
 * unchecked setter): its 1 proves nothing, OSSL001 at the write.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int wait_socket(int fd);

static int classify(SSL *ssl, int r)
{
	int e = SSL_get_error(ssl, r);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static int name_then_ready(SSL *ssl, const char *host)
{
	SSL_set_tlsext_host_name(ssl, host);
	return 1;
}

int start(SSL *ssl, int client, int fd)
{
	int rc, w, err;

	ERR_clear_error();
	for (;;) {
		rc = client ? SSL_connect(ssl) : SSL_accept(ssl);
		if (rc == 1)
			break;
		err = SSL_get_error(ssl, rc);
		if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
			return -1;
		wait_socket(fd);
	}
	w = SSL_write(ssl, "hello", 5);
	return w > 0 ? 0 : classify(ssl, w);
}

int start_or_name(SSL *ssl, int client, int fd, const char *host)
{
	int rc, w, err;

	ERR_clear_error();
	for (;;) {
		rc = client ? SSL_connect(ssl) : name_then_ready(ssl, host);
		if (rc == 1)
			break;
		err = SSL_get_error(ssl, rc);
		if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
			return -1;
		wait_socket(fd);
	}
	w = SSL_write(ssl, "hello", 5); // expect: OSSL001
	return w > 0 ? 0 : classify(ssl, w);
}

int handshake_step(SSL *ssl, int client)
{
	int rc, w, err;

	ERR_clear_error();
	{
		int r = client ? SSL_connect(ssl) : SSL_accept(ssl);

		rc = r;
		if (r != 1) {
			err = SSL_get_error(ssl, r);
			return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 0 : -1;
		}
	}
	w = SSL_write(ssl, "hello", 5);
	return w > 0 ? rc : classify(ssl, w);
}
