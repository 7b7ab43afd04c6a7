/* From the review of 1103ba2 (sixth session): a real finding a fix silenced; it must stay reported. */
/* Field keys are TAG.FIELD of the struct that declares the field; 1103ba2
 * stops tracing union members, but not the fields of structs that are union
 * members. Two structs with a common initial sequence in one union are the
 * same storage: C11 6.5.2.3p6 lets u->m.tap read what u->f.tap stored.
 * BUG: side_file() stores a file BIO through u->f.tap; side_step() reads it
 * as u->m.tap, whose only store (key mem_side.tap) is a memory BIO, so
 * field_quiet() calls it quiet. A file BIO's read pushes on a failed fread()
 * (bss_file.c), between SSL_read() and SSL_get_error().
 * 91aa470: OSSL002 at the BIO_read (line 24).   5c7f941: silent. */
#include <openssl/ssl.h>
#include <openssl/err.h>
struct mem_side { SSL *ssl; BIO *tap; };
struct file_side { SSL *ssl; BIO *tap; };
union side { struct mem_side m; struct file_side f; };

void side_mem(union side *u) { u->m.tap = BIO_new(BIO_s_mem()); }
void side_file(union side *u, const char *path) { u->f.tap = BIO_new_file(path, "rb"); }

int side_step(union side *u, char *buf, int len, char *cap, int caplen)
{
  int n;
  ERR_clear_error();
  n = SSL_read(u->m.ssl, buf, len);
  BIO_read(u->m.tap, cap, caplen); // expect: OSSL002
  if (n > 0)
    return n;
  switch (SSL_get_error(u->m.ssl, n)) {
  case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE: return -2;
  default: return -1;
  }
}
