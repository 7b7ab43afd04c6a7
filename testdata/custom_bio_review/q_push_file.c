/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* The file BIO is kept in a local variable that only OpenSSL functions get,
 * so it is taken as confined to its function; but BIO_push() chains it
 * under a buffer BIO that is stored in a global and read elsewhere, between
 * SSL_read() and SSL_get_error(): a failed fread() pushes (bss_file.c). */
#include <openssl/ssl.h>
#include <openssl/err.h>

static BIO *script;

int script_open(const char *path)
{
  BIO *f = BIO_new_file(path, "r");
  if (!f)
    return -1;
  script = BIO_push(BIO_new(BIO_f_buffer()), f);
  return 0;
}

int tls_step(SSL *ssl, char *buf, int len)
{
  char line[256];
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  BIO_read(script, line, sizeof line); /* next scripted step */ // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
