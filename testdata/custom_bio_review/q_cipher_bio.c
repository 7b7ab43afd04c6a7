/* From the review of 806aec4 (fifth session): a real finding the first version
 * of a custom-BIO fact silenced; it must stay reported. */
/* A decrypting filter over a memory BIO, kept in a global: BIO_read() of a
 * cipher BIO runs EVP_CipherFinal_ex() at the end of the data, which pushes
 * EVP_R_BAD_DECRYPT on bad padding (bio_enc.c enc_read). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/evp.h>

static BIO *sealed;

void sealed_open(const unsigned char *key, const unsigned char *iv)
{
  BIO *c = BIO_new(BIO_f_cipher());
  BIO_set_cipher(c, EVP_aes_128_cbc(), key, iv, 0);
  sealed = BIO_push(c, BIO_new(BIO_s_mem()));
}

int tls_step(SSL *ssl, char *buf, int len)
{
  char tmp[256];
  int n;
  ERR_clear_error();
  n = SSL_read(ssl, buf, len);
  if (n > 0)
    return n;
  BIO_read(sealed, tmp, sizeof tmp); // expect: OSSL002
  if (SSL_get_error(ssl, n) == SSL_ERROR_ZERO_RETURN)
    return 0;
  return -1;
}
