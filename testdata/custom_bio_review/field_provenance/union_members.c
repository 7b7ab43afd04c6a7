/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: t.mem and t.file share storage; after peer_file() the read of p->t.mem reads a file
 * BIO. WHY MISSED: union members are separate keys (tap_u.mem / tap_u.file); stores to one are not
 * stores to the other.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
union tap_u { BIO *mem; BIO *file; };
struct peer { SSL *ssl; int kind; union tap_u t; };
int peer_step(struct peer *p, char *buf, int len, char *cap, int caplen)
{
  int n;
  ERR_clear_error();
  n = SSL_read(p->ssl, buf, len);
  BIO_read(p->t.mem, cap, caplen); /* same storage as t.file */ // expect: OSSL002
  if (n > 0)
    return n;
  switch (SSL_get_error(p->ssl, n)) {
  case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
  default: return -1;
  }
}
void peer_mem(struct peer *p) { p->kind = 0; p->t.mem = BIO_new(BIO_s_mem()); }
void peer_file(struct peer *p, const char *f) { p->kind = 1; p->t.file = BIO_new_file(f, "rb"); }
