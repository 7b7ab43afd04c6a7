/* From the review of 36168ca (sixth session); tests/test_cli.py checks the names the notes give. */
/* 36168ca names the OpenSSL macro a call is written as (lower.c macro_name()),
 * and says "a project's own macros keep the function's name". But
 * macro_name() takes the first identifier at the call's EXPANSION location,
 * which for a project macro wrapping an OpenSSL macro is the project macro:
 * SET_SNI() below is named instead of SSL_set_tlsext_host_name().
 * (Correct code otherwise; the OSSL001 finding itself is real: SSL_ctrl()
 * may push on failure and nothing clears the queue before SSL_connect().)
 * 91aa470: note "SSL_ctrl() may leave an error on the queue" (line 18).
 * 5c7f941: note "SET_SNI() may leave an error on the queue": misnamed, a
 * project macro, not an OpenSSL one (expected SSL_set_tlsext_host_name()). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#define SET_SNI(s, h) SSL_set_tlsext_host_name(s, h)

int connect_a(SSL *s, const char *h)
{
  int r, e;
  SET_SNI(s, h);
  r = SSL_connect(s); // expect: OSSL001
  if (r > 0) return 1;
  e = SSL_get_error(s, r);
  return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
