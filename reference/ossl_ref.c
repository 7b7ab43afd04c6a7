/*
 * ossl_ref.c: correct non-blocking TLS I/O over an SSL *. See ossl_ref.h.
 *
 * Every I/O function has the same three lines at its heart:
 *
 *     ERR_clear_error();
 *     ret = SSL_xxx(ssl, ...);
 *     ssl_err = SSL_get_error(ssl, ret);
 *
 * and nothing else between them: SSL_get_error() looks at the thread's error
 * queue, so an entry left by earlier code (first line) or pushed/drained by a
 * later call (between the last two lines) would change its answer. The
 * queue's text is read only afterwards, in classify_end().
 */
#define _POSIX_C_SOURCE 200809L /* XSI strerror_r */

#include "ossl_ref.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>

static void error_reset(struct ossl_ref_error *e)
{
    if (e != NULL)
        memset(e, 0, sizeof(*e));
}

/* Append s to the NUL-terminated text in dst (capacity cap), truncating. */
static void text_append(char *dst, size_t cap, const char *s)
{
    size_t used = strlen(dst);
    size_t room = cap - used - 1;
    size_t n = strlen(s);

    if (n > room)
        n = room;
    memcpy(dst + used, s, n);
    dst[used + n] = '\0';
}

/*
 * Move the whole queue into e->text ("; " between entries), earliest first,
 * and leave the queue empty: the entries belong to this failed call, and
 * leaving them would poison the next classification of code on this thread
 * that forgets ERR_clear_error(). Called only after SSL_get_error().
 */
static void take_queue_text(struct ossl_ref_error *e)
{
    unsigned long code;
    char line[OSSL_REF_ERROR_TEXT_MAX];

    while ((code = ERR_get_error()) != 0) {
        if (e == NULL)
            continue;
        ERR_error_string_n(code, line, sizeof(line));
        if (e->text[0] != '\0')
            text_append(e->text, sizeof(e->text), "; ");
        text_append(e->text, sizeof(e->text), line);
    }
}

/* The text for an SSL_ERROR_SYSCALL that left nothing on the queue. */
static void syscall_text(struct ossl_ref_error *e, int sys_errno)
{
    char sys[128];

    if (sys_errno == 0) {
        text_append(e->text, sizeof(e->text),
                    "the peer closed the transport without close_notify (EOF)");
        return;
    }
    if (strerror_r(sys_errno, sys, sizeof(sys)) != 0)
        snprintf(sys, sizeof(sys), "errno %d", sys_errno);
    text_append(e->text, sizeof(e->text), sys);
}

/* OpenSSL 3 reports an EOF without close_notify as an SSL error of its own. */
static int is_unexpected_eof(unsigned long code)
{
#ifdef SSL_R_UNEXPECTED_EOF_WHILE_READING
    return ERR_GET_LIB(code) == ERR_LIB_SSL
           && ERR_GET_REASON(code) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
#else
    (void)code;
    return 0;
#endif
}

/*
 * Classify an I/O call that did not succeed. `ssl_err`
 * is what SSL_get_error() said and `sys_errno` is errno right after it; only
 * now is the queue read (peeked to classify, then drained into the text).
 */
static enum ossl_ref_status classify_end(int ssl_err, int sys_errno, struct ossl_ref_error *e)
{
    unsigned long first = ERR_peek_error();
    enum ossl_ref_status status;

    switch (ssl_err) {
    /* The callers return the two wants before coming here; they are handled
     * again so that this function is a complete classifier on its own. */
    case SSL_ERROR_WANT_READ:
        return OSSL_REF_WANT_READ;
    case SSL_ERROR_WANT_WRITE:
        return OSSL_REF_WANT_WRITE;
    case SSL_ERROR_ZERO_RETURN:
        return OSSL_REF_CLOSED; /* close_notify: nothing to report */
    case SSL_ERROR_SYSCALL:
        /* OpenSSL 1.1.1: an EOF without close_notify is SYSCALL with an empty
         * queue and errno 0. A reset or broken pipe is the same event seen
         * from the kernel: the peer went away without close_notify. */
        if (first == 0 && (sys_errno == 0 || sys_errno == ECONNRESET || sys_errno == EPIPE))
            status = OSSL_REF_PREMATURE_CLOSE;
        else
            status = OSSL_REF_FATAL;
        break;
    case SSL_ERROR_SSL:
        status = is_unexpected_eof(first) ? OSSL_REF_PREMATURE_CLOSE : OSSL_REF_FATAL;
        break;
    default:
        /* WANT_X509_LOOKUP, WANT_ASYNC, WANT_CLIENT_HELLO_CB, ...: only with
         * callbacks or engines that this library does not drive. */
        status = OSSL_REF_FATAL;
        break;
    }

    if (e != NULL) {
        e->ssl_error = ssl_err;
        e->code = first;
        e->sys_errno = sys_errno;
    }
    take_queue_text(e);
    if (e != NULL && e->text[0] == '\0') {
        if (ssl_err == SSL_ERROR_SYSCALL)
            syscall_text(e, sys_errno);
        else
            snprintf(e->text, sizeof(e->text), "SSL_get_error() returned %d", ssl_err);
    }
    return status;
}

enum ossl_ref_status ossl_ref_read(SSL *ssl, void *buf, size_t len, size_t *nread,
                                   struct ossl_ref_error *err)
{
    size_t n = 0;
    int ret;
    int ssl_err;
    int sys_errno;

    *nread = 0;
    error_reset(err);
    if (len == 0)
        return OSSL_REF_DONE;

    errno = 0; /* so that errno after the call is this call's own */
    ERR_clear_error();
    ret = SSL_read_ex(ssl, buf, len, &n);
    ssl_err = SSL_get_error(ssl, ret);
    sys_errno = errno;

    if (ret == 1) {
        *nread = n;
        return OSSL_REF_DONE;
    }
    switch (ssl_err) {
    case SSL_ERROR_WANT_READ:
        return OSSL_REF_WANT_READ;
    case SSL_ERROR_WANT_WRITE: /* e.g. answering a KeyUpdate into a full transport */
        return OSSL_REF_WANT_WRITE;
    default:
        return classify_end(ssl_err, sys_errno, err);
    }
}

enum ossl_ref_status ossl_ref_write(SSL *ssl, const void *buf, size_t len, size_t *nwritten,
                                    struct ossl_ref_error *err)
{
    size_t n = 0;
    int ret;
    int ssl_err;
    int sys_errno;

    *nwritten = 0;
    error_reset(err);
    if (len == 0)
        return OSSL_REF_DONE;

    errno = 0;
    ERR_clear_error();
    ret = SSL_write_ex(ssl, buf, len, &n);
    ssl_err = SSL_get_error(ssl, ret);
    sys_errno = errno;

    if (ret == 1) {
        *nwritten = n;
        return OSSL_REF_DONE;
    }
    switch (ssl_err) {
    case SSL_ERROR_WANT_READ: /* e.g. the handshake still needs the peer's flight */
        return OSSL_REF_WANT_READ;
    case SSL_ERROR_WANT_WRITE: /* retry with the same buf and len */
        return OSSL_REF_WANT_WRITE;
    default:
        return classify_end(ssl_err, sys_errno, err);
    }
}

enum ossl_ref_status ossl_ref_handshake(SSL *ssl, struct ossl_ref_error *err)
{
    int ret;
    int ssl_err;
    int sys_errno;

    error_reset(err);

    errno = 0;
    ERR_clear_error();
    ret = SSL_do_handshake(ssl);
    ssl_err = SSL_get_error(ssl, ret);
    sys_errno = errno;

    if (ret == 1)
        return OSSL_REF_DONE;
    switch (ssl_err) {
    case SSL_ERROR_WANT_READ:
        return OSSL_REF_WANT_READ;
    case SSL_ERROR_WANT_WRITE:
        return OSSL_REF_WANT_WRITE;
    default:
        return classify_end(ssl_err, sys_errno, err);
    }
}

enum ossl_ref_status ossl_ref_shutdown(SSL *ssl, struct ossl_ref_error *err)
{
    int ret;
    int ssl_err;
    int sys_errno;

    error_reset(err);

    errno = 0;
    ERR_clear_error();
    ret = SSL_shutdown(ssl);
    ssl_err = SSL_get_error(ssl, ret);
    sys_errno = errno;

    if (ret == 1)
        return OSSL_REF_DONE;
    /* 0: our close_notify is out, the peer's has not come; SSL_get_error()
     * is meaningless for this value (SSL_shutdown(3)), so it is not used. */
    if (ret == 0)
        return OSSL_REF_WANT_READ;
    switch (ssl_err) {
    case SSL_ERROR_WANT_READ:
        return OSSL_REF_WANT_READ;
    case SSL_ERROR_WANT_WRITE:
        return OSSL_REF_WANT_WRITE;
    default:
        return classify_end(ssl_err, sys_errno, err);
    }
}

const char *ossl_ref_status_name(enum ossl_ref_status status)
{
    switch (status) {
    case OSSL_REF_DONE:
        return "DONE";
    case OSSL_REF_WANT_READ:
        return "WANT_READ";
    case OSSL_REF_WANT_WRITE:
        return "WANT_WRITE";
    case OSSL_REF_CLOSED:
        return "CLOSED";
    case OSSL_REF_PREMATURE_CLOSE:
        return "PREMATURE_CLOSE";
    case OSSL_REF_FATAL:
        return "FATAL";
    }
    return "UNKNOWN";
}

const char *ossl_ref_error_text(const struct ossl_ref_error *err)
{
    return err != NULL ? err->text : "";
}
