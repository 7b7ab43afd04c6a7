/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* (b) A filter method of the project's own that passes on the retry flags
 * of the BIO below it (BIO_copy_next_retry): the BIO below is handed in by
 * the caller (it may be a non-blocking socket or memory BIO). */
#include <openssl/err.h>
#include <openssl/ssl.h>

static int trace_read(BIO *b, char *buf, int size)
{
  int n = BIO_read(BIO_next(b), buf, size);
  BIO_clear_retry_flags(b);
  BIO_copy_next_retry(b);
  return n;
}

static int trace_write(BIO *b, const char *buf, int num)
{
  return BIO_write(BIO_next(b), buf, num);
}

static BIO_METHOD *meth;

SSL *tls_over(SSL_CTX *ctx, BIO *transport)
{
  BIO *filter;
  SSL *ssl;
  if (!meth) {
    meth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_FILTER, "trace");
    BIO_meth_set_read(meth, trace_read);
    BIO_meth_set_write(meth, trace_write);
  }
  filter = BIO_new(meth);
  BIO_push(filter, transport);
  ssl = SSL_new(ctx);
  SSL_set_bio(ssl, filter, filter);
  return ssl;
}

int tls_read(SSL *ssl, char *buf, int len)
{
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  if (SSL_get_error(ssl, n) == SSL_ERROR_WANT_WRITE) // expect: OSSL003
    return 0;
  return -1;
}
