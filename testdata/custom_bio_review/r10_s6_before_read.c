/* From the review of b057b56 and 6ef0963 (fifth session): a real finding a
 * first version silenced; it must stay reported. */
#include <openssl/ssl.h>
#include <openssl/err.h>
/* the shutdown state of the other ssl (other param) */
int tls_read(SSL *ssl, SSL *peer, char *buf, int len)
{
  int x;
  ERR_clear_error();
  x = SSL_read(ssl, buf, len); // expect: OSSL005
  if (x == 0 && SSL_get_shutdown(peer) == SSL_RECEIVED_SHUTDOWN)
    return 0;
  if (x <= 0) {
    int e = SSL_get_error(ssl, x); // expect: OSSL003
    return e == SSL_ERROR_WANT_READ ? -2 : -1;
  }
  return x;
}
