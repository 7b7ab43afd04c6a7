/* module 2: another private struct ctx; its `out` is an opaque handle (void *) that holds a file BIO */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/bio.h>
struct ctx { SSL *ssl; void *out; };
void replay_init(struct ctx *c, const char *f) { c->out = BIO_new_file(f, "rb"); }
int replay_step(struct ctx *c, char *buf, int len, char *side)
{
  int n;
  ERR_clear_error();
  n = SSL_read(c->ssl, buf, len);
  BIO_read(c->out, side, 64); // expect: OSSL002
  if (n > 0)
    return n;
  switch (SSL_get_error(c->ssl, n)) {
  case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
  default: return -1;
  }
}
