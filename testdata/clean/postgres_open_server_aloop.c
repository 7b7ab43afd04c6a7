/*
 * Shape: PostgreSQL src/backend/libpq/be-secure-openssl.c be_tls_open_server()
 * (master snapshot): SSL_new(), set the socket BIO (pushing calls), then the
 * `aloop:` goto loop with ERR_clear_error() after the label, SSL_accept(),
 * SSL_get_error(), ERR_get_error() right after it, a switch whose
 * WANT_READ/WANT_WRITE case waits and does `goto aloop`; then, on success,
 * SSL_get_peer_certificate() and X509 calls. Renamed and stripped.
 *
 * Expected: no finding.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

int wait_latch_or_socket(int fd, int writable);
void comm_error(const char *what, unsigned long code);

struct port { SSL *ssl; int sock; X509 *peer; };

int open_server(struct port *port, SSL_CTX *ctx)
{
	int r, err;
	unsigned long ecode;

	if (!(port->ssl = SSL_new(ctx))) {
		comm_error("could not initialize SSL connection", ERR_get_error());
		return -1;
	}
	if (!SSL_set_fd(port->ssl, port->sock)) {
		comm_error("could not set SSL socket", ERR_get_error());
		return -1;
	}
aloop:
	ERR_clear_error();
	r = SSL_accept(port->ssl);
	if (r <= 0) {
		err = SSL_get_error(port->ssl, r);
		ecode = ERR_get_error();
		switch (err) {
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			(void) wait_latch_or_socket(port->sock, err == SSL_ERROR_WANT_WRITE);
			goto aloop;
		case SSL_ERROR_SYSCALL:
			comm_error("could not accept SSL connection: syscall", ecode);
			break;
		case SSL_ERROR_SSL:
			comm_error("could not accept SSL connection", ecode);
			break;
		case SSL_ERROR_ZERO_RETURN:
			comm_error("could not accept SSL connection: EOF detected", 0);
			break;
		default:
			comm_error("unrecognized SSL error code", (unsigned long)err);
			break;
		}
		return -1;
	}
	port->peer = SSL_get1_peer_certificate(port->ssl);
	if (port->peer != NULL && X509_get_subject_name(port->peer) == NULL)
		return -1;
	return 0;
}
