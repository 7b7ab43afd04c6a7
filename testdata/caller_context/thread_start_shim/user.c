/* user.c: go() pushes, then hands w_shim() to the run's pthread_create(). */
#include <openssl/ssl.h>
#include <pthread.h>
static void *w_shim(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}
int go(SSL *s)
{
    pthread_t t;
    SSL_CTX_use_certificate_file(SSL_get_SSL_CTX(s), "cert.pem", SSL_FILETYPE_PEM);
    return pthread_create(&t, NULL, w_shim, s);
}
