/* I/O through an SSL filter BIO: BIO_new(BIO_f_ssl()) with BIO_set_ssl(), then
 * BIO_read() and BIO_write() on the filter (qpid-proton c/src/ssl/openssl.c,
 * process_input_ssl() and process_output_ssl()). OpenSSL's bio_ssl.c
 * ssl_read() and ssl_write() return SSL_read()'s and SSL_write()'s results as
 * they are, so SSL_get_error(ssl, read) classifies the read done inside the
 * filter, right after the clear at the loop's top: no finding. Before, OSSL006
 * ("given the result of BIO_read(), which is not a TLS I/O call") at both
 * classifications, and the write's classification taken for the previous
 * pass's SSL_do_handshake() (OSSL004 at the clear, OSSL001 at the handshake). */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdbool.h>

struct conn {
  SSL *ssl;
  BIO *bio_ssl;
  char inbuf[256], outbuf[256];
  int in_count, out_count;
  bool closed, handshake_ok;
};

void fail(struct conn *c, int reason);

int conn_setup(struct conn *c, SSL_CTX *ctx) {
  c->ssl = SSL_new(ctx);
  if (!c->ssl) return -1;
  c->bio_ssl = BIO_new(BIO_f_ssl());
  if (!c->bio_ssl) return -1;
  (void)BIO_set_ssl(c->bio_ssl, c->ssl, BIO_NOCLOSE);
  return 0;
}

int process_input(struct conn *c) {
  bool more;
  do {
    more = false;
    ERR_clear_error();
    int read = BIO_read(c->bio_ssl, c->inbuf + c->in_count, (int)sizeof c->inbuf - c->in_count);
    if (read > 0) {
      c->in_count += read;
      more = c->in_count < (int)sizeof c->inbuf;
    } else if (!BIO_should_retry(c->bio_ssl)) {
      int reason = SSL_get_error(c->ssl, read);
      if (reason == SSL_ERROR_ZERO_RETURN) {
        c->closed = true;
        return 0;
      }
      fail(c, reason);
      return -1;
    }
  } while (more);
  return 1;
}

int process_output(struct conn *c) {
  bool more;
  do {
    more = false;
    ERR_clear_error();
    if (c->out_count > 0) {
      int wrote = BIO_write(c->bio_ssl, c->outbuf, c->out_count);
      if (wrote > 0) {
        c->out_count -= wrote;
        more = true;
      } else if (!BIO_should_retry(c->bio_ssl)) {
        int reason = SSL_get_error(c->ssl, wrote);
        fail(c, reason);
        return -1;
      }
    } else if (!c->handshake_ok) {
      c->handshake_ok = SSL_do_handshake(c->ssl) == 1; /* never classified */
    }
  } while (more);
  return 0;
}
