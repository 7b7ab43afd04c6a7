/* net-snmp's DTLS transport (snmpDTLSUDPDomain.c), in its shape: each peer's
 * SSL gets a pair of memory BIOs kept in fields of a cache entry
 * (SSL_set_bio(c->con, c->read_bio, c->write_bio)), and the run stores only
 * BIO_new(BIO_s_mem()) in those fields, directly or through a local variable
 * (checker/field_writes.h). Every BIO the run gives an SSL is then surely a
 * memory BIO, so BIO_read(SSL_get_wbio()) between SSL_connect() and
 * SSL_get_error() is no OSSL002 (conn.c, the TLS side of the same run). A
 * read of the field itself (cache_flush(), between SSL_read() and
 * SSL_get_error() in conn.c) stays OSSL002: the field may be NULL without a
 * store the run shows (calloc()), and BIO_read(NULL) pushes
 * ERR_R_PASSED_NULL_PARAMETER (../field_twins/null_store.c). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdlib.h>

struct bio_cache {
  SSL *con;
  BIO *read_bio;  /* OpenSSL reads incoming packets from here */
  BIO *write_bio; /* OpenSSL writes outgoing packets here */
};

struct bio_cache *cache_new(SSL_CTX *ctx)
{
  struct bio_cache *c = calloc(1, sizeof *c);
  BIO *out;
  if (!c)
    return NULL;
  c->read_bio = BIO_new(BIO_s_mem());
  if (!c->read_bio) {
    free(c);
    return NULL;
  }
  out = BIO_new(BIO_s_mem());
  c->write_bio = out;
  if (!c->write_bio) {
    BIO_free(c->read_bio);
    free(c);
    return NULL;
  }
  c->con = SSL_new(ctx);
  SSL_set_bio(c->con, c->read_bio, c->write_bio);
  return c;
}

void cache_free(struct bio_cache *c)
{
  SSL_free(c->con); /* frees both BIOs */
  free(c);
}

/* The datagrams the SSL wrote, read back to be sent. */
int cache_flush(struct bio_cache *c, char *out, int len)
{
  return BIO_read(c->write_bio, out, len);
}
