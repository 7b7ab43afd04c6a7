/* b.c: a public worker() of the library, an entry point nothing in the run
 * calls (a.c has a static thread routine of the same name). */
#include <openssl/ssl.h>
void *worker(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}
