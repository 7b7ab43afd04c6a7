/* Twin of ../field_memory_bio: the write BIO field is also given a BIO the
 * caller passes (a file BIO, a filter: its read may push), so a BIO_read()
 * of the field between SSL_read() and SSL_get_error() stays OSSL002. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdlib.h>

struct bio_cache {
  SSL *con;
  BIO *read_bio;
  BIO *write_bio;
};

void cache_init(struct bio_cache *c, SSL_CTX *ctx)
{
  c->read_bio = BIO_new(BIO_s_mem());
  c->write_bio = BIO_new(BIO_s_mem());
  c->con = SSL_new(ctx);
  SSL_set_bio(c->con, c->read_bio, c->write_bio);
}

void cache_tap(struct bio_cache *c, BIO *tap)
{
  c->write_bio = tap;
}

int dtls_recv(struct bio_cache *c, char *buf, int len)
{
  char out[2048];
  int n;
  ERR_clear_error();
  n = SSL_read(c->con, buf, len);
  BIO_read(c->write_bio, out, sizeof out); // expect: OSSL002
  if (n > 0)
    return n;
  return SSL_get_error(c->con, n) == SSL_ERROR_ZERO_RETURN ? 0 : -1;
}
