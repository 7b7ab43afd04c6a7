/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: p->ctl is a connect BIO (BIO_new_connect). Its BIO_read() connects on first use and pushes
 * ERR_LIB_SYS / BIO_R_CONNECT_ERROR when that fails (checked: 0x8000006f on the queue), and it runs
 * between SSL_read() and SSL_get_error(). WHY MISSED: the model's socket_sources list contains
 * BIO_new_connect, BIO_s_connect, BIO_new_accept, BIO_s_accept, BIO_new_ssl_connect (and the
 * bio pair / dgram pair makers); quiet_maker() takes any of them as 'surely a memory or socket
 * BIO'. Before, that list only fed the quiet-transport fact, which is off in a run calling any of
 * sys_error_sources; the new per-read path custom_bio_arg_quiet() has no such gate.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>

struct peer {
  SSL *ssl;
  BIO *ctl;
};

void peer_init(struct peer *p, SSL *ssl, const char *ctl_host)
{
  p->ssl = ssl;
  p->ctl = BIO_new_connect(ctl_host);
}

int peer_step(struct peer *p, char *buf, int len)
{
  char side[256];
  int n;
  ERR_clear_error();
  n = SSL_read(p->ssl, buf, len);
  BIO_read(p->ctl, side, sizeof side); // expect: OSSL002
  if (n > 0)
    return n;
  return SSL_get_error(p->ssl, n) == SSL_ERROR_WANT_READ ? -2 : -1; // expect: OSSL003
}
