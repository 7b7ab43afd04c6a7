/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: a failed read of the connect BIO p->ctl (BIO_new_connect) leaves an error on the
 * queue right before SSL_read(); SSL_get_error() may then return SSL_ERROR_SSL for a WANT_READ.
 * WHY MISSED: as connect_bio_field.c; effect_of() now says the BIO_read pushes nothing, so OSSL001
 * loses its only source of a stale error.
 *
 * Before (0d56ad4~1): reported (OSSL001 at the SSL_read, note at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
struct peer { SSL *ssl; BIO *ctl; };
void peer_init(struct peer *p, SSL *ssl) { p->ssl = ssl; p->ctl = BIO_new_connect("control.example:7000"); }
int peer_step(struct peer *p, char *buf, int len)
{
  char cmd[64];
  int n;
  ERR_clear_error();
  if (BIO_read(p->ctl, cmd, sizeof cmd) <= 0)   /* a failed connect pushes ERR_LIB_SYS/BIO errors */
    cmd[0] = 0;
  n = SSL_read(p->ssl, buf, len); // expect: OSSL001
  if (n > 0)
    return n;
  switch (SSL_get_error(p->ssl, n)) {
  case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
  default: return -1;
  }
}
