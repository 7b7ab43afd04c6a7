/* From the review of 1103ba2 (sixth session): a real finding a fix silenced; it must stay reported. */
/* Field provenance (0d56ad4/1103ba2, checker/field_writes.c) forgets the NULL
 * a field holds by IMPLICIT zero-initialization. 1103ba2 says "a field read
 * directly must never be given NULL (BIO_read(NULL) pushes)" and counts an
 * explicit `p->tap = NULL`, but a field that is only zero-initialized
 * (calloc(), `{0}`/`{ .ssl = s }` leaving it out, static storage) and set to
 * BIO_new(BIO_s_mem()) only on some path has no "0" entry, so field_quiet()
 * calls BIO_read(p->tap) quiet.
 * BUG: when the tap was never enabled, BIO_read(NULL, ...) pushes
 * ERR_R_PASSED_NULL_PARAMETER (bio_lib.c bio_read_intern(), OpenSSL 3.0)
 * between SSL_read() and SSL_get_error(), which then returns SSL_ERROR_SSL
 * for a read that only wanted more data.
 * Here: calloc(), tap set only when want_tap.
 * 91aa470: OSSL002 at the BIO_read (line 34).   5c7f941: silent. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdlib.h>
struct peer { SSL *ssl; BIO *tap; };

struct peer *peer_new(SSL *s, int want_tap)
{
  struct peer *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->ssl = s;
  if (want_tap)
    p->tap = BIO_new(BIO_s_mem());
  return p;
}

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
