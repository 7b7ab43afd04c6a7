/* Old C that GCC (and clang before 16) compiles with warnings and clang 19
 * rejects by default: a project header that calls gettimeofday() without
 * <sys/time.h>, a function with implicit int, an int stored into a pointer.
 * ossl-lint downgrades these to warnings as the project's compiler does, so the
 * file is analyzed whole (exit 1, the finding below), not reported as a parse
 * error (exit 2). Shaped after old event-loop servers' connection code.
 * compile-flags: -std=gnu89 -Wno-error=implicit-function-declaration -Wno-error=implicit-int
 *   -Wno-error=int-conversion -Wno-implicit-function-declaration -Wno-implicit-int
 *   -Wno-int-conversion -Wno-return-type */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct conn {
  SSL *ssl;
  long stamp;
  char *buf;
};

static long now_ms(void) {
  struct { long tv_sec, tv_usec; } tv;
  gettimeofday(&tv, 0); /* implicit declaration */
  return tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

static legacy_flag; /* implicit int */

int conn_read(struct conn *c, int len) {
  int n, err;
  c->stamp = now_ms();
  c->buf = legacy_flag; /* int to pointer */
  n = SSL_read(c->ssl, c->buf, len); // expect: OSSL001
  if (n > 0) return n;
  err = SSL_get_error(c->ssl, n);
  if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) return 0;
  return -1;
}
