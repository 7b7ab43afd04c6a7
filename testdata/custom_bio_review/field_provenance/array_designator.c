/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: peers[1].tap is a file BIO. WHY MISSED: '[1].tap = ...' designators in an array
 * initializer: the list has array type (ignored) and no nested struct list exists.
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
void peer_mem(struct peer *p) { p->tap = BIO_new(BIO_s_mem()); }

int replay(SSL *ssl, const char *file, char *buf, int len, char *cap)
{
  struct peer peers[2] = { [1].ssl = ssl, [1].tap = BIO_new_file(file, "rb") };
  return peer_step(&peers[1], buf, len, cap, 64);
}
