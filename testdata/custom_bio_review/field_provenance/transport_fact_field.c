/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* compile-flags: -Wno-missing-braces -Wno-missing-field-initializers (brace elision is the point) */
/* BUG: link_record() gives the SSL a file BIO as wbio (ls[0].wbio, array-of-struct brace
 * elision), so BIO_read(SSL_get_wbio(ssl)) between SSL_connect and SSL_get_error may push.
 * WHY MISSED: the run-level quiet-transport fact now accepts SSL_set_bio() arguments that are fields;
 * link.wbio's file store is not recorded (see array_brace_elision.c), so every SSL_set_bio argument
 * looks like a memory BIO and the transport read is taken as quiet.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read(wbio)).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
struct link { SSL *ssl; BIO *rbio; BIO *wbio; };
void link_mem(struct link *l, SSL_CTX *ctx)
{
  l->ssl = SSL_new(ctx);
  l->rbio = BIO_new(BIO_s_mem());
  l->wbio = BIO_new(BIO_s_mem());
  SSL_set_bio(l->ssl, l->rbio, l->wbio);
}
void link_record(SSL_CTX *ctx, const char *dump, struct link *out)
{
  struct link ls[1] = { SSL_new(ctx), BIO_new(BIO_s_mem()), BIO_new_file(dump, "w+b") };
  SSL_set_bio(ls[0].ssl, ls[0].rbio, ls[0].wbio);
  *out = ls[0];
}
int handshake_step(SSL *ssl, char *out, int len)
{
  int rc, bytes, err;
  BIO *wbio = SSL_get_wbio(ssl);
  ERR_clear_error();
  rc = SSL_connect(ssl);
  bytes = BIO_read(wbio, out, len); // expect: OSSL002
  if (rc == 1)
    return bytes;
  err = SSL_get_error(ssl, rc);
  if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
    return bytes;
  return -1;
}
