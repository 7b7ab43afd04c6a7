/* From the review of b057b56 and 6ef0963 (fifth session): a real finding a
 * first version silenced; it must stay reported. */
#include <openssl/ssl.h>
#include <openssl/err.h>

static BIO *open_recording(const char *path)
{
  return BIO_new_file(path, "rb");
}

SSL *replay_open(SSL_CTX *ctx, const char *path)
{
  SSL *ssl = SSL_new(ctx);
  BIO *in = open_recording(path);
  SSL_set_bio(ssl, in, BIO_new(BIO_s_mem()));
  SSL_set_connect_state(ssl);
  return ssl;
}

int replay_read(SSL *ssl, char *buf, int len)
{
  char peek[16];
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  BIO_read(SSL_get_rbio(ssl), peek, sizeof peek); // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
