/* A handshake's classification that takes SSL_ERROR_ZERO_RETURN and
 * SSL_ERROR_SSL alike (bip src/connection.c, SSLize(): both close the socket
 * and mark the connection failed). A handshake delivers no application data,
 * so a close without close_notify there cuts nothing short: no finding
 * (before, OSSL005). The twin below is the same shape on SSL_read(): OSSL005.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

enum { CONN_OK = 1, CONN_ERROR = 2 };
struct conn { SSL *ssl_h; int client; int connected; int fd; };

static void conn_close(struct conn *cn) { cn->fd = -1; }

int sslize(struct conn *cn)
{
    int err, err2;
    ERR_clear_error();
    if (cn->client)
        err = SSL_accept(cn->ssl_h);
    else
        err = SSL_connect(cn->ssl_h);
    err2 = SSL_get_error(cn->ssl_h, err);
    if (err2 == SSL_ERROR_NONE) {
        cn->connected = CONN_OK;
        return 0;
    }
    if (err2 == SSL_ERROR_SYSCALL) {
        conn_close(cn);
        cn->connected = CONN_ERROR;
        return 1;
    }
    if (err2 == SSL_ERROR_ZERO_RETURN || err2 == SSL_ERROR_SSL) {
        conn_close(cn);
        cn->connected = CONN_ERROR;
        return 1;
    }
    return 1;
}

int read_some(struct conn *cn, char *buf, int len)
{
    int n, err2;
    ERR_clear_error();
    n = SSL_read(cn->ssl_h, buf, len);
    err2 = SSL_get_error(cn->ssl_h, n); // expect: OSSL005
    if (err2 == SSL_ERROR_NONE)
        return n;
    if (err2 == SSL_ERROR_ZERO_RETURN || err2 == SSL_ERROR_SSL) {
        conn_close(cn);
        return 0;
    }
    return -1;
}
