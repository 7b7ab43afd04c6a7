/* The twin of ssl_filter_bio_read_classified.c: the run makes no SSL filter
 * BIO (no BIO_f_ssl(), BIO_new_ssl_connect(), ...), so the BIO read is not an
 * SSL's own I/O, and SSL_get_error() given its result classifies nothing it
 * did: OSSL006. */
#include <openssl/err.h>
#include <openssl/ssl.h>

int pump_in(SSL *ssl, BIO *net, char *buf, int len) {
  ERR_clear_error();
  int read = BIO_read(net, buf, len);
  if (read > 0) return read;
  if (BIO_should_retry(net)) return 0;
  return SSL_get_error(ssl, read) == SSL_ERROR_ZERO_RETURN ? 0 : -1; // expect: OSSL006
}
