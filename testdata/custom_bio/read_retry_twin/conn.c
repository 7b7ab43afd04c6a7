/*
 * The bug twin of reads_never_retry/: the read function asks to retry a read
 * (BIO_set_retry_read() on EAGAIN), so SSL_write() may say
 * SSL_ERROR_WANT_READ, which the write does not handle: OSSL003. (The read
 * handles SSL_ERROR_WANT_READ; its SSL_ERROR_WANT_WRITE cannot happen, the
 * write function never retries.)
 */
#include <errno.h>
#include <sys/socket.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn { int fd; SSL *tls; };

static int bio_read(BIO *h, char *buf, int size)
{
  int n = (int)recv(((struct conn *)BIO_get_data(h))->fd, buf, (size_t)size, MSG_DONTWAIT);
  BIO_clear_retry_flags(h);
  if (n < 0 && errno == EAGAIN)
    BIO_set_retry_read(h);
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
  bio = BIO_new(meth);
  BIO_set_data(bio, c);
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
  errno = SSL_get_error(c->tls, n) == SSL_ERROR_WANT_READ ? EAGAIN : EPIPE;
  return -1;
}

int tls_write(struct conn *c, const char *buf, int len)
{
  int n;
  ERR_clear_error();
  n = SSL_write(c->tls, buf, len);
  if (n > 0)
    return n;
  errno = SSL_get_error(c->tls, n) == SSL_ERROR_WANT_WRITE ? EAGAIN : EPIPE; // expect: OSSL003
  return -1;
}

/* No clear before the read, its classification compared only with
 * SSL_ERROR_WANT_READ, which this run's read function makes possible: a
 * stale error turns it into SSL_ERROR_SSL (OSSL001). */
int tls_read_unclear(struct conn *c, char *buf, int len)
{
  int n = SSL_read(c->tls, buf, len); // expect: OSSL001
  if (n > 0)
    return n;
  errno = SSL_get_error(c->tls, n) == SSL_ERROR_WANT_READ ? EAGAIN : EPIPE;
  return -1;
}
