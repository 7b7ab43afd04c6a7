/* A write hook's classification that takes SSL_ERROR_SSL and
 * SSL_ERROR_ZERO_RETURN alike (facil.io lib/facil/tls/fio_tls_openssl.c,
 * fio_tls_write(): `case SSL_ERROR_SSL: case SSL_ERROR_ZERO_RETURN: return
 * 0;`). A write delivers no data: a close without close_notify while it runs
 * cuts short nothing the code could take for complete, and the write fails
 * either way: no finding (before, OSSL005). The twins keep the finding: the
 * same shape on SSL_read(); one classifier shared by a write and a read; and
 * writes whose close codes mark the SSL's shutdown state by hand, so that the
 * read side takes a cut stream for a clean close (stunnel's transfer():
 * SSL_set_shutdown(ssl, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN) on
 * SSL_ERROR_SYSCALL as on SSL_ERROR_ZERO_RETURN), itself, in a helper, or
 * through a pointer nothing resolves.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <errno.h>
#include <sys/types.h>

struct tls_conn { SSL *ssl; };

ssize_t tls_write(struct tls_conn *c, const void *buf, size_t count)
{
    ERR_clear_error();
    ssize_t ret = SSL_write(c->ssl, buf, (int)count);
    if (ret > 0)
        return ret;
    ret = SSL_get_error(c->ssl, (int)ret);
    switch (ret) {
    case SSL_ERROR_SSL:
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    case SSL_ERROR_WANT_WRITE:
    case SSL_ERROR_WANT_READ:
    default:
        break;
    }
    errno = EWOULDBLOCK;
    return -1;
}

int tls_write_ex(struct tls_conn *c, const void *buf, size_t count, size_t *written)
{
    ERR_clear_error();
    int ok = SSL_write_ex(c->ssl, buf, count, written);
    if (ok)
        return 1;
    int e = SSL_get_error(c->ssl, ok);
    if (e == SSL_ERROR_ZERO_RETURN || e == SSL_ERROR_SYSCALL)
        return 0;
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? -2 : -1;
}

ssize_t tls_read(struct tls_conn *c, void *buf, size_t count)
{
    ERR_clear_error();
    ssize_t ret = SSL_read(c->ssl, buf, (int)count);
    if (ret > 0)
        return ret;
    ret = SSL_get_error(c->ssl, (int)ret); // expect: OSSL005
    switch (ret) {
    case SSL_ERROR_SSL:
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    case SSL_ERROR_WANT_WRITE:
    case SSL_ERROR_WANT_READ:
    default:
        break;
    }
    errno = EWOULDBLOCK;
    return -1;
}

ssize_t tls_io(struct tls_conn *c, void *buf, size_t count, int sending)
{
    ssize_t ret;
    ERR_clear_error();
    if (sending)
        ret = SSL_write(c->ssl, buf, (int)count);
    else
        ret = SSL_read(c->ssl, buf, (int)count);
    if (ret > 0)
        return ret;
    ret = SSL_get_error(c->ssl, (int)ret); // expect: OSSL005
    switch (ret) {
    case SSL_ERROR_SSL:
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    case SSL_ERROR_WANT_WRITE:
    case SSL_ERROR_WANT_READ:
    default:
        break;
    }
    errno = EWOULDBLOCK;
    return -1;
}

int tls_write_marks_closed(struct tls_conn *c, const void *buf, int len)
{
    ERR_clear_error();
    int num = SSL_write(c->ssl, buf, len);
    switch (SSL_get_error(c->ssl, num)) { // expect: OSSL005
    case SSL_ERROR_NONE:
        return num;
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return -2;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        SSL_set_shutdown(c->ssl, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
        return 0;
    default:
        return -1;
    }
}

static void mark_peer_gone(struct tls_conn *c)
{
    SSL_set_shutdown(c->ssl, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
}

int tls_write_marks_closed_in_helper(struct tls_conn *c, const void *buf, int len)
{
    ERR_clear_error();
    int num = SSL_write(c->ssl, buf, len);
    switch (SSL_get_error(c->ssl, num)) { // expect: OSSL005
    case SSL_ERROR_NONE:
        return num;
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return -2;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        mark_peer_gone(c);
        return 0;
    default:
        return -1;
    }
}

int tls_write_closes_through_hook(struct tls_conn *c, const void *buf, int len,
                                  void (*on_close)(struct tls_conn *))
{
    ERR_clear_error();
    int num = SSL_write(c->ssl, buf, len);
    switch (SSL_get_error(c->ssl, num)) { // expect: OSSL005
    case SSL_ERROR_NONE:
        return num;
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return -2;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        on_close(c);
        return 0;
    default:
        return -1;
    }
}
