/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: p->tap = BIO_new_ssl_connect(ctx): an SSL BIO chain; reading it runs a TLS
 * handshake and pushes SSL/ SYS errors. The model itself lists BIO_new_ssl_connect in ssl_sources as
 * a pushing filter. WHY MISSED: it is also in socket_sources, which quiet_maker() checks first.
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

void peer_upstream(struct peer *p, SSL_CTX *ctx) { p->tap = BIO_new_ssl_connect(ctx); BIO_set_conn_hostname(p->tap, "upstream:443"); }
