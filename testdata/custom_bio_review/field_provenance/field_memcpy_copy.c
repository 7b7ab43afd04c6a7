/* From the review of 1103ba2 (sixth session): a real finding a fix silenced; it must stay reported. */
/* Field provenance (checker/field_writes.c) sees whole-struct stores only as
 * `=` and declarations: memcpy() (or memmove, fread, ...) of a whole struct
 * records nothing. 1103ba2 made `*p = q` from a parameter make the fields
 * unknown (struct_param_copy.c); the same copy written as memcpy() is missed.
 * BUG: peer_copy() copies a caller's struct peer whose tap may be any BIO (a
 * file BIO, an SSL BIO, NULL); BIO_read() of it can push (a failed fread, the
 * SSL's errors, ERR_R_PASSED_NULL_PARAMETER) between SSL_read() and
 * SSL_get_error(). The run's only named store is peer_mem()'s memory BIO.
 * 91aa470: OSSL002 at the BIO_read (line 20).   5c7f941: silent. */
#include <openssl/ssl.h>
#include <openssl/err.h>
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
void peer_copy(struct peer *p, const struct peer *q) { memcpy(p, q, sizeof *p); }
