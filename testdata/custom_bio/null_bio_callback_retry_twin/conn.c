/* The twin of null_bio_callback/: the callback asks to retry a read when the
 * transport has nothing yet (BIO_set_retry_read()), so a read, and a write
 * that must read first, may want to read: OSSL003 at the write's
 * classification, which tests only SSL_ERROR_WANT_WRITE. The handshake
 * loop's, which tests only SSL_ERROR_WANT_READ, is right: nothing asks to
 * retry a write (BIO_FLAGS_READ | BIO_FLAGS_SHOULD_RETRY has no
 * BIO_FLAGS_WRITE, which SSL_get_error()'s BIO_should_write() tests), so
 * nothing can want to write. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct conn {
  SSL *ssl;
};

ssize_t transport_recv(struct conn *c, char *buf, size_t len);
ssize_t transport_send(struct conn *c, const char *buf, size_t len);

static long bio_cb(BIO *b, int oper, const char *argp, size_t len, int argi, long argl, int retvalue,
                   size_t *processed) {
  struct conn *c = (struct conn *)BIO_get_callback_arg(b);
  ssize_t n;
  (void)argi;
  (void)argl;
  switch (oper) {
  case (BIO_CB_READ | BIO_CB_RETURN):
    n = transport_recv(c, (char *)argp, len);
    if (n < 0) BIO_set_retry_read(b);
    *processed = n < 0 ? 0 : (size_t)n;
    return (long)n;
  case (BIO_CB_WRITE | BIO_CB_RETURN):
    n = transport_send(c, argp, len);
    *processed = n < 0 ? 0 : (size_t)n;
    return (long)n;
  default:
    return retvalue;
  }
}

int conn_enable_ssl(struct conn *c, SSL_CTX *ctx) {
  BIO *b = BIO_new(BIO_s_null());
  if (!b) return -1;
  BIO_set_callback_arg(b, (char *)c);
  BIO_set_callback_ex(b, bio_cb);
  SSL *ssl = SSL_new(ctx);
  if (!ssl) {
    BIO_free(b);
    return -1;
  }
  SSL_set_connect_state(ssl);
  SSL_set_bio(ssl, b, b);
  int err;
  ERR_clear_error();
  while ((err = SSL_get_error(ssl, SSL_do_handshake(ssl))) == SSL_ERROR_WANT_READ)
    ERR_clear_error();
  if (err != SSL_ERROR_NONE) {
    SSL_free(ssl);
    return -1;
  }
  c->ssl = ssl;
  return 0;
}

int conn_send(struct conn *c, const char *data, uint32_t len) {
  uint32_t sent = 0;
  while (sent < len) {
    ERR_clear_error();
    int s = SSL_write(c->ssl, data + sent, (int)(len - sent));
    if (s <= 0) {
      if (SSL_get_error(c->ssl, s) == SSL_ERROR_WANT_WRITE) continue; // expect: OSSL003
      break;
    }
    sent += (uint32_t)s;
  }
  return sent < len ? -1 : 0;
}
