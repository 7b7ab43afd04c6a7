/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* The BIO is a field of a structure the caller hands in: it may be an SSL
 * BIO the caller made (BIO_new_ssl_connect), whose read pushes. */
#include <openssl/ssl.h>
#include <openssl/err.h>

struct upstream { BIO *bio; };

int relay(SSL *ssl, struct upstream *up, char *buf, int len)
{
  char tmp[256];
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  BIO_read(up->bio, tmp, sizeof tmp); // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
