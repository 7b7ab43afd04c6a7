/*
 * As received_shutdown_is_clean_close.c, with the SSL in a field of the
 * stream (`sc->ssl`): the 0 is taken as the end only where SSL_get_shutdown()
 * of the same field says the peer's close_notify arrived (jabberd2's
 * _sx_ssl_rio(), sx/ssl.c). No finding. Before, only an SSL in a local
 * variable counted as the read's own SSL (OSSL005 at the read).
 * other_field_twin: the shutdown state asked of another field's SSL (the
 * stream's peer) says nothing of this read's: OSSL005.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct stream {
	SSL *ssl;
	SSL *peer_ssl;
	int closed;
};

int stream_read(struct stream *sc, char *buf, int len)
{
	int ret;

	ERR_clear_error();
	ret = SSL_read(sc->ssl, buf, len);
	if (ret == 0) {
		if (SSL_get_shutdown(sc->ssl) == SSL_RECEIVED_SHUTDOWN) {
			sc->closed = 1; /* close_notify received: the end of the data */
			return 0;
		}
		SSL_get_error(sc->ssl, ret);
		return -1;
	}
	if (ret < 0) {
		int e = SSL_get_error(sc->ssl, ret);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? -2 : -1;
	}
	return ret;
}

int other_field_twin(struct stream *sc, char *buf, int len)
{
	int ret;

	ERR_clear_error();
	ret = SSL_read(sc->ssl, buf, len); // expect: OSSL005
	if (ret == 0) {
		if (SSL_get_shutdown(sc->peer_ssl) == SSL_RECEIVED_SHUTDOWN) {
			sc->closed = 1;
			return 0;
		}
		SSL_get_error(sc->ssl, ret);
		return -1;
	}
	if (ret < 0) {
		int e = SSL_get_error(sc->ssl, ret);
		return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? -2 : -1;
	}
	return ret;
}
