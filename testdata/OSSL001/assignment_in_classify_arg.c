/* A classification given the I/O call's result through an assignment in its
 * argument, `switch (SSL_get_error(ssl, (n = SSL_write(ssl, b, size))))` (monit
 * src/ssl/Ssl.c, Ssl_write()), with SSL_ERROR_NONE and SSL_ERROR_ZERO_RETURN
 * sharing `return n;`: a result above 0 comes only from SSL_ERROR_NONE, a
 * success that pushed nothing, and the caller (monit src/socket.c,
 * Socket_write()) calls the wrapper again only after such a result. The
 * argument is n's value: no finding; before, OSSL001 (the classification was
 * not taken as one of n, and the loop's pass as one that may leave an
 * error). The twin, assignment_in_classify_arg_retry_twin.c, goes round after
 * a failure too.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <errno.h>
#include <stddef.h>

static int wait_io(int fd, int *timeout) { (void)fd; return --*timeout > 0; }

static int ssl_write(SSL *ssl, void *b, int size, int timeout)
{
    int n = 0;
    if (size > 0) {
        int retry = 0;
        do {
            switch (SSL_get_error(ssl, (n = SSL_write(ssl, b, size)))) {
            case SSL_ERROR_NONE:
            case SSL_ERROR_ZERO_RETURN:
                return n;
            case SSL_ERROR_WANT_READ:
            case SSL_ERROR_WANT_WRITE:
                n = 0;
                errno = EWOULDBLOCK;
                retry = wait_io(SSL_get_fd(ssl), &timeout);
                break;
            case SSL_ERROR_SYSCALL: {
                unsigned long e = ERR_get_error();
                if (e)
                    fprintf(stderr, "write error -- %s\n", ERR_error_string(e, NULL));
                return -1;
            }
            default:
                fprintf(stderr, "write error -- %s\n", ERR_error_string(ERR_get_error(), NULL));
                return -1;
            }
        } while (retry);
    }
    return n;
}

static int socket_write(SSL *ssl, void *b, size_t size)
{
    int n = 0;
    char *p = b;
    while (size > 0) {
        n = ssl_write(ssl, p, (int)size, 30);
        if (n <= 0)
            break;
        p += n;
        size -= (size_t)n;
    }
    if (n < 0)
        return -1;
    return (int)(p - (char *)b);
}

int main(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl;
    char msg[] = "GET / HTTP/1.0\r\n\r\n";
    if (ctx == NULL)
        return 1;
    ssl = SSL_new(ctx);
    if (ssl == NULL)
        return 1;
    ERR_clear_error();
    return socket_write(ssl, msg, sizeof(msg) - 1) < 0;
}
