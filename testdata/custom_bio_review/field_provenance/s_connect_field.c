/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: p->tap = BIO_new(BIO_s_connect()): a connect BIO, whose reads push on connect
 * failure. WHY MISSED: BIO_s_connect is in socket_sources, so quiet_maker(BIO_new, BIO_s_connect)
 * is true.
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

void peer_upstream(struct peer *p) { p->tap = BIO_new(BIO_s_connect()); BIO_set_conn_hostname(p->tap, "upstream:80"); }
