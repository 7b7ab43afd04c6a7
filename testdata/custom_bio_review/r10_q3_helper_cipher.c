/* From the review of b057b56 and 6ef0963 (fifth session): a real finding a
 * first version silenced; it must stay reported. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
/* the cipher filter made in another translation unit's helper (not in this run) */
BIO *make_filter(void);

SSL *sealed_open(SSL_CTX *ctx)
{
  SSL *ssl = SSL_new(ctx);
  BIO *c = make_filter();
  SSL_set_bio(ssl, c, BIO_new(BIO_s_mem()));
  return ssl;
}

int tls_step(SSL *ssl, char *buf, int len)
{
  char tmp[256];
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  BIO_read(SSL_get_rbio(ssl), tmp, sizeof tmp); // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
