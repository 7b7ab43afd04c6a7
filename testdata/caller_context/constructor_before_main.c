/* main() entered with an error on the queue: a constructor function runs
 * OpenSSL code before it and leaves its failure there (an unchecked
 * SSL_CTX_load_verify_locations()). A change that started a program's main()
 * with an empty queue silenced this and was withdrawn after review (the IR
 * does not record `constructor`; docs/audits.md, twenty-second session).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

static SSL_CTX *ctx;

__attribute__((constructor)) static void load_ctx(void)
{
    ctx = SSL_CTX_new(TLS_client_method());
    if (ctx != NULL)
        SSL_CTX_load_verify_locations(ctx, "/etc/app/ca.pem", NULL); /* may fail, pushes */
}

SSL *connect_with(SSL_CTX *c);

int main(void)
{
    char buf[256];
    SSL *s = connect_with(ctx);
    if (s == NULL)
        return 1;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n <= 0) {
        int e = SSL_get_error(s, n);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            return 1;
    }
    return 0;
}
