/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: peer_mem() gives tap a memory BIO, but f() (a public setter) copies a whole
 * struct peer passed by value from the caller, whose tap may be any BIO. WHY MISSED: '*p = q' is a
 * whole-struct store, not a MemberRefExpr store; the twin param_store.c ('c->bio = param') is caught,
 * but the same parameter value stored through a struct copy is not.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
#include <string.h>
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
void peer_mem(struct peer *p) { p->tap = BIO_new(BIO_s_mem()); }

void f(struct peer *p, struct peer q) { *p = q; }
