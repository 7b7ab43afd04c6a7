/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
#include <errno.h>
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

int tls_start(struct conn *c, SSL_CTX *ctx)
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
  return SSL_connect(c->tls) == 1;
}

/* The classification is copied before the want test; the copy tells
 * SSL_ERROR_SYSCALL from the rest, which a stale error turns into
 * SSL_ERROR_SSL. */
int tls_read_unclear(struct conn *c, char *buf, int len)
{
  int n = SSL_read(c->tls, buf, len); // expect: OSSL001
  int err, saved;
  if (n > 0)
    return n;
  err = SSL_get_error(c->tls, n);
  saved = err;
  if (err == SSL_ERROR_WANT_READ)
    return 0;
  return saved == SSL_ERROR_SYSCALL ? -2 : -1;
}
