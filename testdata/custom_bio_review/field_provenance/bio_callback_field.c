/* From the review of 0d56ad4 (sixth session): a real finding the first version
 * of the field provenance silenced; it must stay reported. */
/* BUG: the memory BIO in p->tap has a BIO_set_callback_ex() callback that runs on every
 * read and calls BIO_new_file() (pushes when it fails), so BIO_read(p->tap) can push.
 * WHY MISSED: field_quiet() looks only at how the BIO was made, not at callbacks set on it. (The
 * pre-existing transport fact has the same gap: a mem BIO with a callback given to SSL_set_bio and read
 * via SSL_get_wbio is silent in both builds; the change extends it to every field read.)
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

static long tap_cb(BIO *b, int oper, const char *argp, size_t len, int argi, long argl, int ret, size_t *processed)
{
  (void)b; (void)argp; (void)len; (void)argi; (void)argl; (void)processed;
  if (oper == (BIO_CB_READ | BIO_CB_RETURN)) {
    BIO *log = BIO_new_file("/var/log/tap.log", "a"); /* pushes when it fails */
    BIO_free(log);
  }
  return ret;
}
void peer_tap(struct peer *p)
{
  p->tap = BIO_new(BIO_s_mem());
  BIO_set_callback_ex(p->tap, tap_cb);
}
