/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* variant: the handed-in BIO read as `b` */
#include <openssl/ssl.h>
#include <openssl/err.h>

int pump(SSL *ssl, BIO *from, BIO **pfrom, BIO *bios[], char *buf, int len)
{
  char tmp[256];
  (void)pfrom;
  (void)bios;
  int n;
  BIO *b = from;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  BIO_read(b, tmp, sizeof tmp); // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
