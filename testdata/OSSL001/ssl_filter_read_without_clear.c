/* The twin of testdata/OSSL006/ssl_filter_bio_read_classified.c for
 * OSSL001: BIO_read() on an SSL filter is SSL_read() on its SSL, and here
 * nothing clears the queue before it, so a stale error turns the filter's
 * would-block into SSL_ERROR_SSL: OSSL001 at the BIO_read(). */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
  SSL *ssl;
  BIO *bio_ssl;
  char inbuf[256];
};

int conn_setup(struct conn *c, SSL_CTX *ctx) {
  c->ssl = SSL_new(ctx);
  if (!c->ssl) return -1;
  c->bio_ssl = BIO_new(BIO_f_ssl());
  if (!c->bio_ssl) return -1;
  (void)BIO_set_ssl(c->bio_ssl, c->ssl, BIO_NOCLOSE);
  return 0;
}

int conn_read(struct conn *c) {
  int read = BIO_read(c->bio_ssl, c->inbuf, (int)sizeof c->inbuf); // expect: OSSL001
  if (read > 0) return read;
  if (BIO_should_retry(c->bio_ssl)) return 0;
  return SSL_get_error(c->ssl, read) == SSL_ERROR_ZERO_RETURN ? 0 : -1;
}
