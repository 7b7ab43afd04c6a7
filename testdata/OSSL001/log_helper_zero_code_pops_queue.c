/* A logging helper that is given an error code, or SSL_ERROR_NONE to take
 * the queue's first error instead, and returns at once when it has none:
 *
 *     if (err == SSL_ERROR_NONE) err = ERR_get_error();
 *     if (err == SSL_ERROR_NONE) return;
 *
 * (netdata src/libnetdata/socket/security.c, netdata_ssl_log_error_queue).
 * The early return runs only where ERR_get_error() just gave 0, an empty
 * queue: a code given by the caller is not 0 on that way, so the second test
 * cannot be true there. Every other way drains the queue to its end. The read
 * after a failed SSL_set_fd() that was logged so sees an empty queue. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

static void log_error_queue(const char *call, unsigned long err) {
  if (err == SSL_ERROR_NONE)
    err = ERR_get_error();
  if (err == SSL_ERROR_NONE)
    return;
  do {
    fprintf(stderr, "%s: error %lu\n", call, err);
  } while ((err = ERR_get_error()) != 0);
}

int conn_read(SSL *ssl, int fd, char *buf, int len) {
  ERR_clear_error();
  if (SSL_set_fd(ssl, fd) != 1)
    log_error_queue("SSL_set_fd", SSL_ERROR_NONE);
  int n = SSL_read(ssl, buf, len);
  if (n <= 0) {
    int e = SSL_get_error(ssl, n);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
      return 0;
    return -1;
  }
  return n;
}
