/* See cache.c. */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct bio_cache {
  SSL *con;
  BIO *read_bio;
  BIO *write_bio;
};

int cache_flush(struct bio_cache *c, char *out, int len);
int send_datagram(const char *buf, int len);

int dtls_recv(struct bio_cache *c, const char *pkt, int pktlen, char *buf, int len)
{
  char out[2048];
  int n, sent, err;
  BIO_write(c->read_bio, pkt, pktlen);
  ERR_clear_error();
  n = SSL_read(c->con, buf, len);
  /* an alert or a handshake reply may have been written: send it first */
  sent = cache_flush(c, out, sizeof out); // expect: OSSL002
  if (sent > 0)
    send_datagram(out, sent);
  if (n > 0)
    return n;
  err = SSL_get_error(c->con, n);
  if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
    return -2;
  if (err == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}

/* The TLS-over-TCP side of the same run: the pump reads the SSL's own
 * write BIO between the handshake step and its classification. */
int tls_handshake_step(SSL *ssl, char *out, int len)
{
  int rc, bytes, err;
  BIO *wbio = SSL_get_wbio(ssl);
  ERR_clear_error();
  rc = SSL_connect(ssl);
  bytes = BIO_read(wbio, out, len);
  if (rc == 1)
    return bytes;
  err = SSL_get_error(ssl, rc);
  if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
    return bytes;
  return -1;
}
