/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* A replay tool: the SSL reads a recorded session from a file BIO
 * (SSL_set_bio(ssl, BIO_new_file(...), ...)). A BIO_read() of that file BIO
 * (SSL_get_rbio) between SSL_read() and SSL_get_error() may push a failed
 * fread()'s ERR_LIB_SYS error (bss_file.c), which SSL_get_error() then reads. */
#include <openssl/ssl.h>
#include <openssl/err.h>

SSL *replay_open(SSL_CTX *ctx, const char *path)
{
  SSL *ssl = SSL_new(ctx);
  SSL_set_bio(ssl, BIO_new_file(path, "rb"), BIO_new(BIO_s_mem()));
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
  BIO_read(SSL_get_rbio(ssl), peek, sizeof peek); /* look at what is left */ // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
