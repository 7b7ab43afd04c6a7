/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: p->tap = BIO_new_accept("4433"): an accept BIO's read binds/accepts and pushes
 * on failure (checked: BIO_read of an unbound accept BIO leaves 0x10000078). WHY MISSED: BIO_new_accept
 * is in socket_sources.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
struct peer { SSL *ssl; BIO *tap; };

int peer_step(struct peer *p, char *buf, int len, char *cap, int caplen)
{
  int n;
  ERR_clear_error();
  n = SSL_read(p->ssl, buf, len);
  BIO_read(p->tap, cap, caplen); // expect: OSSL002
  if (n > 0)
    return n;
  switch (SSL_get_error(p->ssl, n)) {
  case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
  default: return -1;
  }
}

void peer_listen(struct peer *p) { p->tap = BIO_new_accept("4433"); }
