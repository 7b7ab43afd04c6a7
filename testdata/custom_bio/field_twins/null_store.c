/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: after capture_stop() p->capture is NULL; BIO_read(NULL, ...) pushes
 * ERR_R_PASSED_NULL_PARAMETER (checked: 0x100c0102), between SSL_read() and SSL_get_error().
 * WHY MISSED: field_quiet() skips stores of "0" (NULL) as harmless, although the model/rule page
 * says BIO_read() pushes for a NULL BIO (the local-variable path does not accept NULL).
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>

struct peer {
  SSL *ssl;
  BIO *capture; /* set while a capture is on */
};

void capture_start(struct peer *p) { p->capture = BIO_new(BIO_s_mem()); }
void capture_stop(struct peer *p) { BIO_free(p->capture); p->capture = NULL; }

int peer_step(struct peer *p, char *buf, int len, char *cap, int caplen)
{
  int n;
  ERR_clear_error();
  n = SSL_read(p->ssl, buf, len);
  BIO_read(p->capture, cap, caplen); /* NULL after capture_stop(): pushes ERR_R_PASSED_NULL_PARAMETER */ // expect: OSSL002
  if (n > 0)
    return n;
  switch (SSL_get_error(p->ssl, n)) {
  case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
  default: return -1;
  }
}
