/* net-snmp's DTLS transport (snmpDTLSUDPDomain.c), in its shape: each peer's
 * SSL gets a pair of memory BIOs kept in fields of a cache entry, and the
 * bytes the SSL wrote are read back from the write BIO through that field,
 * between SSL_read() and SSL_get_error(). A memory BIO's read pushes nothing
 * (bss_mem.c): no OSSL002 there, and with every BIO the run gives an SSL
 * surely a memory one, no OSSL002 for BIO_read(SSL_get_wbio()) either
 * (conn.c). The run stores only BIO_new(BIO_s_mem()) in the fields, directly
 * or through a local variable (checker/field_writes.h). A NULL stored there
 * would keep BIO_read() of the field a call that may push
 * (ERR_R_PASSED_NULL_PARAMETER): ../field_twins/null_store.c. */
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
