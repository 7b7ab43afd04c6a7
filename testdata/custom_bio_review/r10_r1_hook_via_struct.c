/* From the review of b057b56 and 6ef0963 (fifth session): a real finding a
 * first version silenced; it must stay reported. */
/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* The read function asks to retry a read through a helper it calls by a
 * function pointer (a per-connection hook): may_retry() skips calls through
 * pointers, so the run's reads are taken as never retrying. */
#include <errno.h>
#include <sys/socket.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn { int fd; SSL *tls; BIO *bio; void (*on_again)(struct conn *); };

static void again_read(struct conn *cc)
{
  BIO_set_retry_read(cc->bio);
}

static int bio_read(BIO *h, char *buf, int size)
{
  struct conn *c = BIO_get_data(h);
  int n = (int)recv(c->fd, buf, (size_t)size, MSG_DONTWAIT);
  BIO_clear_retry_flags(h);
  if (n < 0 && errno == EAGAIN)
    c->on_again(c);
  return n;
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
  c->on_again = again_read;
  bio = BIO_new(meth);
  BIO_set_data(bio, c); c->bio = bio;
  BIO_set_init(bio, 1);
  c->tls = SSL_new(ctx);
  SSL_set_bio(c->tls, bio, bio);
  return SSL_connect(c->tls) == 1;
}

int tls_read(struct conn *c, char *buf, int len)
{
  int n;
  ERR_clear_error();
  n = SSL_read(c->tls, buf, len);
  if (n > 0)
    return n;
  errno = SSL_get_error(c->tls, n) == SSL_ERROR_WANT_WRITE ? EAGAIN : EPIPE;  // expect: OSSL003
  return -1;
}
