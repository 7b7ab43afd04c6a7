/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* compile-flags: -Wno-missing-braces -Wno-missing-field-initializers (brace elision is the point) */
/* BUG: p.tap is a file BIO (the 4th initializer, after the two flattened members of q).
 * WHY MISSED: with brace elision record_init_list() maps item k to top-level field k: it records
 * peer.tap = BIO_new(BIO_s_mem) and peer.spare = BIO_new_file, the reverse of the truth. A control with
 * '{ ssl, { m1, m2 }, file }' is reported by both builds.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
struct pair { BIO *in; BIO *out; };
struct peer { SSL *ssl; struct pair q; BIO *tap; BIO *spare; };

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

int replay(SSL *ssl, const char *file, char *buf, int len, char *cap)
{
  struct peer p = { ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()), BIO_new_file(file, "rb") };
  return peer_step(&p, buf, len, cap, 64);
}
