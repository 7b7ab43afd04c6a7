/* A program's main(), which nothing calls, starts the process: its thread's
 * error queue is empty then, so an I/O call that main() reaches with nothing
 * pushed on the way sees no stale error (before, OSSL001: main() was an entry
 * point "with whatever its caller left"). The twins keep their findings: a
 * non-static function of the same program that nothing in the run calls (a
 * caller the run does not see may bring an error), and main() itself after a
 * call that may push.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

int wait_readable(SSL *s);

static int read_reply(SSL *s, char *buf, int len)
{
    for (;;) {
        int n = SSL_read(s, buf, len);
        if (n > 0)
            return n;
        int e = SSL_get_error(s, n);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            return -1;
        if (wait_readable(s) < 0)
            return -1;
    }
}

int read_more(SSL *s, char *buf, int len)
{
    int n = SSL_read(s, buf, len); // expect: OSSL001
    if (n <= 0) {
        int e = SSL_get_error(s, n);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
            return 0;
        return -1;
    }
    return n;
}

SSL *connected_ssl(void);

int main(int argc, char **argv)
{
    char buf[256];
    SSL *s = connected_ssl();
    (void)argv;
    if (s == NULL)
        return 1;
    if (read_reply(s, buf, sizeof buf) < 0)
        return 1;
    if (argc > 1) {
        SSL_CTX_use_certificate_file(SSL_get_SSL_CTX(s), argv[1], SSL_FILETYPE_PEM);
        int n = SSL_write(s, "x", 1); // expect: OSSL001
        if (n <= 0) {
            int e = SSL_get_error(s, n);
            if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                return 1;
        }
    }
    return 0;
}
