/* Twin of ../field_memory_bio: a positional initializer stores a file BIO
 * in the field: stays OSSL002. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdlib.h>

struct bio_cache {
  SSL *con;
  BIO *read_bio;
  BIO *write_bio;
};

struct bio_cache *cache_new(SSL_CTX *ctx, const char *path)
{
  struct bio_cache init = {NULL, BIO_new(BIO_s_mem()), BIO_new_file(path, "wb")};
  struct bio_cache *c = malloc(sizeof *c);
  if (!c)
    return NULL;
  *c = init;
  c->con = SSL_new(ctx);
  SSL_set_bio(c->con, c->read_bio, c->write_bio);
  return c;
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
