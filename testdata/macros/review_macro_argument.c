/* From the review of 36168ca (sixth session); tests/test_cli.py checks the names the notes give. */
/* 36168ca (lower.c macro_name()): an OpenSSL macro written as an ARGUMENT of
 * a project macro is named as the project macro, since the expansion
 * location of the call's start is the outer macro's name. LOGGED(x) here
 * only logs and yields x.
 * 91aa470: OSSL001 at SSL_connect with note "SSL_ctrl() may leave an error
 *          on the queue"; OSSL003 (WANT_READ unhandled) at SSL_get_error in
 *          timeout_b (plus an OSSL006 that 9507844 rightly removed).
 * 5c7f941: note "LOGGED() may leave an error on the queue", and in timeout_b
 *          "LOGGED() may run with a stale error ..." / "LOGGED() runs":
 *          LOGGED is the project's logging macro; the calls are
 *          SSL_set_tlsext_host_name() and DTLSv1_handle_timeout(). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#define CHECK(x) do { if ((x) <= 0) return -1; } while (0)
#define LOGGED(x) (fprintf(stderr, "%s\n", #x), (x))
#include <stdio.h>

int connect_a(SSL *s, const char *h)
{
  int r, e;
  LOGGED(SSL_set_tlsext_host_name(s, h));
  r = SSL_connect(s); // expect: OSSL001
  if (r > 0) return 1;
  e = SSL_get_error(s, r);
  return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

long timeout_b(SSL *s)
{
  long r;
  int e;
  r = LOGGED(DTLSv1_handle_timeout(s)); // expect: OSSL001
  e = SSL_get_error(s, (int)r); // expect: OSSL003
  if (e == SSL_ERROR_WANT_WRITE) return 0;
  return r;
}
