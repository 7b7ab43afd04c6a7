/* The twin of log_helper_zero_code_pops_queue.c: the helper's early return
 * tests another parameter (`quiet`), so it may return after popping one
 * error, or none, with the rest still queued, and the read after it may see
 * a stale error. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static void log_error_queue(const char *call, unsigned long err, int quiet) {
  if (err == SSL_ERROR_NONE)
    err = ERR_get_error();
  if (quiet)
    return;
  do {
    fprintf(stderr, "%s: error %lu\n", call, err);
  } while ((err = ERR_get_error()) != 0);
}

int conn_read(SSL *ssl, int fd, char *buf, int len, int quiet) {
  ERR_clear_error();
  if (SSL_set_fd(ssl, fd) != 1)
    log_error_queue("SSL_set_fd", SSL_ERROR_NONE, quiet);
  int n = SSL_read(ssl, buf, len); // expect: OSSL001
  if (n <= 0) {
    int e = SSL_get_error(ssl, n);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
      return 0;
    return -1;
  }
  return n;
}
