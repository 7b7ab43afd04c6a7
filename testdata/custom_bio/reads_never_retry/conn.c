/*
 * A print client's own BIO method (the shape of CUPS's http_bio_*): its read
 * and write functions call recv()/send() on a blocking socket and never ask
 * to be retried (no BIO_set_retry_read/_write), and no SSL of the run gets a
 * socket or a memory BIO. SSL_get_error() can then say neither
 * SSL_ERROR_WANT_READ nor SSL_ERROR_WANT_WRITE: the write that tests only
 * SSL_ERROR_WANT_WRITE is not OSSL003 (nor the read that tests only
 * SSL_ERROR_WANT_READ), and a read with no clear before it whose
 * classification is only compared with a want is not OSSL001 (a stale error
 * changes nothing there). read_retry_twin/ asks to retry a read in its read
 * function: the write's OSSL003 and that read's OSSL001 stay.
 */
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
  errno = SSL_get_error(c->tls, n) == SSL_ERROR_WANT_WRITE ? EAGAIN : EPIPE;
  return -1;
}

/* No clear before the read, but its classification is compared only with
 * SSL_ERROR_WANT_READ, which this run's BIOs never make possible: a stale
 * error cannot change what the code does (no OSSL001). */
int tls_read_unclear(struct conn *c, char *buf, int len)
{
  int n = SSL_read(c->tls, buf, len);
  if (n > 0)
    return n;
  errno = SSL_get_error(c->tls, n) == SSL_ERROR_WANT_READ ? EAGAIN : EPIPE;
  return -1;
}

/* The same, telling a clean close from the rest: a stale error turns
 * SSL_ERROR_ZERO_RETURN into SSL_ERROR_SSL (OSSL001). */
int tls_read_unclear_close_twin(struct conn *c, char *buf, int len)
{
  int n = SSL_read(c->tls, buf, len); // expect: OSSL001
  if (n > 0)
    return n;
  return SSL_get_error(c->tls, n) == SSL_ERROR_ZERO_RETURN ? 0 : -1;
}
