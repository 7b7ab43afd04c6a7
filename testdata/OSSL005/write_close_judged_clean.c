/* A write's classification is where a program learns how the peer's stream
 * ended: SSL_get_error() says SSL_ERROR_ZERO_RETURN for a failed write only
 * when the peer's close_notify arrived (SSL_RECEIVED_SHUTDOWN with a
 * close_notify alert, ssl/ssl_lib.c), SSL_ERROR_SYSCALL for a cut connection.
 * Taking the two alike records a cut stream as a clean end wherever the
 * program keeps that judgement: in a flag its read path trusts, in its
 * callers (stunnel's transfer(): SSL_set_shutdown(s, SSL_RECEIVED_SHUTDOWN)),
 * or by handing the end on (a proxy's shutdown(fd, SHUT_WR) to its backend).
 * So OSSL005 keeps classifications of writes (a change that left them out, as
 * handshakes are, was withdrawn after review; docs/audits.md, twenty-second
 * session). The shapes the review gave, each reported.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

struct conn { SSL *ssl; int peer_closed; int plain_fd; };

int conn_write(struct conn *c, const void *buf, int len)
{
    ERR_clear_error();
    int n = SSL_write(c->ssl, buf, len);
    if (n > 0)
        return n;
    switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return -2;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        c->peer_closed = 1; /* taken as the peer's clean close */
        return 0;
    default:
        return -1;
    }
}

/* 0: end of the response (complete), > 0: bytes, < 0: error */
int conn_read(struct conn *c, void *buf, int len)
{
    if (c->peer_closed)
        return 0;
    ERR_clear_error();
    int n = SSL_read(c->ssl, buf, len);
    if (n > 0)
        return n;
    int e = SSL_get_error(c->ssl, n);
    if (e == SSL_ERROR_ZERO_RETURN)
        return 0;
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
        return -2;
    return -1;
}

static int tls_send(SSL *ssl, const void *buf, int len)
{
    ERR_clear_error();
    int n = SSL_write(ssl, buf, len);
    if (n > 0)
        return n;
    switch (SSL_get_error(ssl, n)) { // expect: OSSL005
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return -2;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        return 0;
    default:
        return -1;
    }
}

int transfer(SSL *ssl, const void *buf, int len)
{
    int r = tls_send(ssl, buf, len);
    if (r == 0)
        SSL_set_shutdown(ssl, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    return r;
}

int proxy_to_client(struct conn *p, const void *buf, int len)
{
    ERR_clear_error();
    int n = SSL_write(p->ssl, buf, len);
    if (n > 0)
        return n;
    switch (SSL_get_error(p->ssl, n)) { // expect: OSSL005
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return -2;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        shutdown(p->plain_fd, SHUT_WR); /* the end, handed on to the backend */
        return 0;
    default:
        return -1;
    }
}
