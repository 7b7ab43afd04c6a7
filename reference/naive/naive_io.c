/*
 * naive_io.c: one OpenSSL error-queue bug per function, for the runtime tests
 * and for ossl-lint's fixture runner.
 *
 * Each buggy line ends with `// expect: OSSLnnn`, on the line where ossl-lint
 * reports (the I/O call for OSSL001, the intervening call for OSSL002, the
 * classification for OSSL003, the drain for OSSL004, the read or the
 * classification for OSSL005, the confused use for OSSL006). Everything else in each
 * function is written correctly (the queue is cleared before the I/O call,
 * both wants are handled, only close_notify counts as end of data), so that
 * each function shows exactly one bug. Do not "fix" this file.
 */
#include "naive_io.h"

#include <openssl/err.h>

/* OSSL001. The queue is not emptied before SSL_read: if other code on this
 * thread (another connection, a failed file load) left an error, SSL_get_error
 * reports it as this read's, and a healthy connection is dropped. */
struct naive_result naive_read_stale_queue(SSL *ssl, void *buf, int len)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;
    int err;

    n = SSL_read(ssl, buf, len); // expect: OSSL001
    err = SSL_get_error(ssl, n);
    r.n = n;
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_NONE:
        r.outcome = NAIVE_DATA;
        break;
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_ERROR;
        break;
    }
    return r;
}

/* OSSL002. Opening the log file between SSL_read and SSL_get_error: when the
 * open fails, BIO_new_file pushes errors (ERR_LIB_SYS, then BIO) and
 * SSL_get_error reads those instead of the read's own state. */
struct naive_result naive_read_interleaved(SSL *ssl, void *buf, int len, const char *log_path)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    BIO *log;
    int n;
    int err;

    ERR_clear_error();
    n = SSL_read(ssl, buf, len);
    log = BIO_new_file(log_path, "a"); // expect: OSSL002
    err = SSL_get_error(ssl, n);
    r.n = n;
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_NONE:
        r.outcome = NAIVE_DATA;
        break;
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_ERROR;
        break;
    }
    if (log != NULL)
        BIO_printf(log, "SSL_read returned %d, SSL_get_error %d\n", n, err);
    BIO_free(log);
    return r;
}

/* OSSL004. Describing the failure before classifying it: ERR_print_errors
 * empties the queue, so SSL_get_error no longer sees the fatal error (it
 * answers SSL_ERROR_SYSCALL, which reads like a lost connection). */
struct naive_result naive_read_describe_first(SSL *ssl, void *buf, int len, BIO *log)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;
    int err;

    ERR_clear_error();
    n = SSL_read(ssl, buf, len);
    if (n <= 0)
        ERR_print_errors(log); // expect: OSSL004
    err = SSL_get_error(ssl, n);
    r.n = n;
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_NONE:
        r.outcome = NAIVE_DATA;
        break;
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_ERROR;
        break;
    }
    return r;
}

/* OSSL003. A read loop written for "a read only ever waits to read": when
 * OpenSSL must write during the read (a TLS 1.3 KeyUpdate with
 * update_requested, a renegotiation) into a full transport, SSL_ERROR_WANT_WRITE
 * falls into the fatal branch and a healthy connection is dropped. */
struct naive_result naive_read_want_read_only(SSL *ssl, void *buf, int len, int max_tries)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int tries = 0;
    int n;
    int err;

    do {
        ERR_clear_error();
        n = SSL_read(ssl, buf, len);
        err = SSL_get_error(ssl, n); // expect: OSSL003
    } while (err == SSL_ERROR_WANT_READ && ++tries < max_tries);

    r.n = n;
    r.ssl_err = err;
    if (n > 0)
        r.outcome = NAIVE_DATA;
    else if (err == SSL_ERROR_WANT_READ)
        r.outcome = NAIVE_WANT_READ; /* gave up for now; the caller polls */
    else if (err == SSL_ERROR_ZERO_RETURN)
        r.outcome = NAIVE_EOF;
    else
        r.outcome = NAIVE_ERROR;
    return r;
}

/* OSSL003. A write that knows only "the socket is full": SSL_write on a
 * connection whose handshake is not finished needs the peer's flight first
 * and returns SSL_ERROR_WANT_READ, which this code takes as fatal. */
struct naive_result naive_write_want_write_only(SSL *ssl, const void *buf, int len)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;
    int err;

    ERR_clear_error();
    n = SSL_write(ssl, buf, len);
    err = SSL_get_error(ssl, n); // expect: OSSL003
    r.n = n;
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_NONE:
        r.outcome = NAIVE_DATA;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_ERROR;
        break;
    }
    return r;
}

/* OSSL005. "SSL_read returns 0 when the peer closed": true of close_notify,
 * but OpenSSL 3 also returns 0 for an EOF without close_notify, so a
 * truncated stream is accepted as complete. The result 0 is never shown to
 * SSL_get_error, which alone can tell the two apart. */
struct naive_result naive_read_zero_is_eof(SSL *ssl, void *buf, int len)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;
    int err;

    ERR_clear_error();
    n = SSL_read(ssl, buf, len); // expect: OSSL005
    r.n = n;
    if (n > 0) {
        r.outcome = NAIVE_DATA;
        return r;
    }
    if (n == 0) {
        r.outcome = NAIVE_EOF;
        return r;
    }
    err = SSL_get_error(ssl, n);
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_ERROR;
        break;
    }
    return r;
}

/* OSSL005. The fall-through found in tutorials: a reset or an EOF without
 * close_notify (SSL_ERROR_SYSCALL) is handled like close_notify
 * (SSL_ERROR_ZERO_RETURN), so a truncated stream is accepted as complete. */
struct naive_result naive_read_syscall_is_eof(SSL *ssl, void *buf, int len)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;
    int err;

    ERR_clear_error();
    n = SSL_read(ssl, buf, len);
    err = SSL_get_error(ssl, n); // expect: OSSL005
    r.n = n;
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_NONE:
        r.outcome = NAIVE_DATA;
        break;
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
    case SSL_ERROR_SYSCALL:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_ERROR;
        break;
    }
    return r;
}

/* OSSL005, written apart. SSL_ERROR_ZERO_RETURN has its own case, but the
 * default, where SSL_ERROR_SSL (OpenSSL 3's EOF without close_notify) and
 * SSL_ERROR_SYSCALL land, concludes the same EOF: a truncated stream is
 * accepted as complete. (The code is not copied into the result here, so
 * that the caller sees nothing but the outcome.) */
struct naive_result naive_read_default_is_eof(SSL *ssl, void *buf, int len)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;

    ERR_clear_error();
    n = SSL_read(ssl, buf, len);
    r.n = n;
    if (n > 0) {
        r.outcome = NAIVE_DATA;
        return r;
    }
    switch (SSL_get_error(ssl, n)) { // expect: OSSL005
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        r.outcome = NAIVE_EOF;
        break;
    }
    return r;
}

/* OSSL006. The code of the error queue tested as if it were SSL_get_error()'s
 * (seed 001's mix-up): a read that would block leaves the queue empty, so the
 * code is 0, never SSL_ERROR_WANT_READ, and a healthy connection is dropped. */
struct naive_result naive_read_queue_code_as_want(SSL *ssl, void *buf, int len)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    unsigned long e;
    int n;

    ERR_clear_error();
    n = SSL_read(ssl, buf, len);
    r.n = n;
    if (n > 0) {
        r.outcome = NAIVE_DATA;
        return r;
    }
    e = ERR_get_error();
    if (e == SSL_ERROR_WANT_READ) // expect: OSSL006
        r.outcome = NAIVE_WANT_READ;
    else if (e == SSL_ERROR_WANT_WRITE)
        r.outcome = NAIVE_WANT_WRITE;
    return r;
}

/* OSSL006. An SSL_get_error() code formatted as a code of the error queue:
 * ERR_error_string_n() turns SSL_ERROR_SSL (1) into "error:00000001:lib(0)::
 * reason(1)", which names neither the library nor the reason of the failure. */
struct naive_result naive_read_describe_code(SSL *ssl, void *buf, int len, char *text, size_t textlen)
{
    struct naive_result r = {NAIVE_ERROR, -1, 0};
    int n;
    int err;

    text[0] = '\0';
    ERR_clear_error();
    n = SSL_read(ssl, buf, len);
    err = SSL_get_error(ssl, n);
    r.n = n;
    r.ssl_err = err;
    switch (err) {
    case SSL_ERROR_NONE:
        r.outcome = NAIVE_DATA;
        break;
    case SSL_ERROR_WANT_READ:
        r.outcome = NAIVE_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        r.outcome = NAIVE_WANT_WRITE;
        break;
    case SSL_ERROR_ZERO_RETURN:
        r.outcome = NAIVE_EOF;
        break;
    default:
        ERR_error_string_n(err, text, textlen); // expect: OSSL006
        r.outcome = NAIVE_ERROR;
        break;
    }
    return r;
}
