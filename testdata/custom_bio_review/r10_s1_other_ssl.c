/* From the review of b057b56 and 6ef0963 (fifth session): a real finding a
 * first version silenced; it must stay reported. */
#include <openssl/ssl.h>
#include <openssl/err.h>
struct proxy { SSL *up; SSL *down; };

int relay_read(struct proxy *p, char *buf, int len)
{
  int x;
  ERR_clear_error();
  x = SSL_read(p->down, buf, len); // expect: OSSL005
  if (x == 0 && SSL_get_shutdown(p->up) == SSL_RECEIVED_SHUTDOWN)
    return 0; /* the upstream closed: but this 0 is downstream's */
  if (x == 0)
    return -1;
  if (x < 0) {
    int e = SSL_get_error(p->down, x); // expect: OSSL003
    return e == SSL_ERROR_WANT_READ ? -2 : -1;
  }
  return x;
}
