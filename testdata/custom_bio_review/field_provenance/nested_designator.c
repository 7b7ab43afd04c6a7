/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: s.p.tap holds a file BIO (failed fread pushes ERR_LIB_SYS) read between SSL_read and
 * SSL_get_error. WHY MISSED: the nested designator '.p.tap = ...' is a DesignatedInitExpr with 3
 * children (2 MemberRefs + value); record_init_list() only knows the 2-child form and takes it as a
 * positional item for session's field 0 (an int: dropped). peer.tap's file store is never recorded,
 * so peer.tap = {BIO_new(BIO_s_mem)} only.
 *
 * Before (0d56ad4~1): reported (OSSL002 at the BIO_read).  After (0d56ad4): silent.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
struct peer { SSL *ssl; BIO *tap; };
struct session { int id; struct peer p; };

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

int session_replay(SSL *ssl, const char *file, char *buf, int len, char *cap)
{
  struct session s = { .id = 1, .p.ssl = ssl, .p.tap = BIO_new_file(file, "rb") };
  return peer_step(&s.p, buf, len, cap, 64);
}
