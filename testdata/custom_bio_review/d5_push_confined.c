/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* (a) A memory BIO that reaches an SSL through BIO_push() is taken as
 * confined (only OpenSSL functions get its variable), so it does not count
 * as attachable. The project's own method (for another SSL) never retries. */
#include <sys/socket.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn { int fd; SSL *tls; };

static int bio_read(BIO *h, char *buf, int size)
{
  return (int)recv(((struct conn *)BIO_get_data(h))->fd, buf, (size_t)size, 0);
}

static int bio_write(BIO *h, const char *buf, int num)
{
  return (int)send(((struct conn *)BIO_get_data(h))->fd, buf, (size_t)num, 0);
}

static BIO_METHOD *meth;

SSL *tls_blocking(struct conn *c, SSL_CTX *ctx)
{
  BIO *bio;
  if (!meth) {
    meth = BIO_meth_new(BIO_get_new_index(), "conn");
    BIO_meth_set_read(meth, bio_read);
    BIO_meth_set_write(meth, bio_write);
  }
  bio = BIO_new(meth);
  BIO_set_data(bio, c);
  BIO_set_init(bio, 1);
  c->tls = SSL_new(ctx);
  SSL_set_bio(c->tls, bio, bio);
  return c->tls;
}

/* an SSL over a buffered memory BIO (the event loop fills it) */
SSL *tls_memory(SSL_CTX *ctx)
{
  BIO *mem = BIO_new(BIO_s_mem());
  BIO *buf = BIO_new(BIO_f_buffer());
  SSL *ssl = SSL_new(ctx);
  BIO_push(buf, mem);
  SSL_set_bio(ssl, buf, buf);
  return ssl;
}

int tls_read(SSL *ssl, char *p, int len)
{
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, p, len);
  if (n > 0)
    return n;
  if (SSL_get_error(ssl, n) == SSL_ERROR_WANT_WRITE) // expect: OSSL003
    return 0;
  return -1;
}
