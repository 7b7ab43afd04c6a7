/*
 * Shape: libwebsockets lws_tls_client_connect() (lib/tls/openssl/
 * openssl-client.c, v3.1-stable 73a4f86 and master 17920ca, 2019). Written
 * for ossl-lint; not the real code.
 *
 * The I/O call is in the initializer of a declaration and the result is
 * classified through a project wrapper defined in the same run. No clear
 * since the function began: OSSL001 on the SSL_connect line (the v3.1-stable
 * back-port of the July 2019 fix missed it; a second commit added it a day
 * later).
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct wsi { SSL *ssl; int fd; };
void note_cipher(struct wsi *w);

enum { C_DONE = 0, C_READ = 1, C_WRITE = 2, C_ERROR = -1 };

static int wsi_get_error(struct wsi *w, int n)
{
	if (!w->ssl)
		return 99;
	return SSL_get_error(w->ssl, n);
}

int client_connect(struct wsi *w)
{
	int m, n = SSL_connect(w->ssl); // expect: OSSL001

	if (n == 1) {
		note_cipher(w);
		return C_DONE;
	}
	m = wsi_get_error(w, n);
	if (m == SSL_ERROR_SYSCALL)
		return C_ERROR;
	if (m == SSL_ERROR_WANT_READ || SSL_want_read(w->ssl))
		return C_READ;
	if (m == SSL_ERROR_WANT_WRITE || SSL_want_write(w->ssl))
		return C_WRITE;
	return C_ERROR;
}
