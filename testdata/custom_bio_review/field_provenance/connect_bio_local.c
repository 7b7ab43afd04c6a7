/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: same as connect_bio_field.c, with the connect BIO in a LOCAL variable: the
 * new custom_bio_arg_quiet() also applies arg_quiet_bio()'s local-variable and direct-call cases
 * to every BIO_read(), so this regression is not limited to fields.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>

int step(SSL *ssl, char *buf, int len)
{
  char side[256];
  int n;
  BIO *log = BIO_new_connect("logger.example:514");
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  BIO_read(log, side, sizeof side); // expect: OSSL002
  if (n > 0)
    return n;
  return SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ ? -2 : -1; // expect: OSSL003
}
