/* janus-gateway's DTLS retransmission timer (dtls.c janus_dtls_retry), in its
 * shape: DTLSv1_handle_timeout() (SSL_ctrl with DTLS_CTRL_HANDLE_TIMEOUT)
 * only retransmits the buffered flight, so SSL_get_error() can say
 * SSL_ERROR_WANT_WRITE for it, never SSL_ERROR_WANT_READ (the model's
 * io_commands, `wants: [write]`): letting only WANT_WRITE through is
 * complete (no OSSL003), and classifying its result is classifying an I/O
 * call (no OSSL006). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

int dtls_retry(SSL *ssl, int expired)
{
  if (expired) {
    ERR_clear_error();
    int res = DTLSv1_handle_timeout(ssl);
    if (res == -1 && SSL_get_error(ssl, res) != SSL_ERROR_WANT_WRITE) {
      fprintf(stderr, "DTLSv1_handle_timeout failed\n");
      return 0;
    }
  }
  return 1;
}

/* Twin: the want it can give is the one not handled. */
int dtls_retry_wrong_want(SSL *ssl)
{
  ERR_clear_error();
  int res = DTLSv1_handle_timeout(ssl);
  if (res == -1 && SSL_get_error(ssl, res) != SSL_ERROR_WANT_READ) // expect: OSSL003
    return 0;
  return 1;
}

/* Twin: an I/O call now, so a classification after a stale queue is OSSL001. */
int dtls_retry_stale(SSL *ssl)
{
  X509 *peer = SSL_get1_peer_certificate(ssl);
  X509_free(peer);
  int res = DTLSv1_handle_timeout(ssl); // expect: OSSL001
  if (res == -1 && SSL_get_error(ssl, res) != SSL_ERROR_WANT_WRITE)
    return 0;
  return 1;
}

/* Twin: an SSL_read() classified the same way still needs both wants. */
int dtls_read(SSL *ssl, char *buf, int len)
{
  ERR_clear_error();
  int n = SSL_read(ssl, buf, len);
  if (n <= 0 && SSL_get_error(ssl, n) != SSL_ERROR_WANT_WRITE) // expect: OSSL003
    return -1;
  return n;
}
