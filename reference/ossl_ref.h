/*
 * ossl_ref: correct non-blocking TLS I/O over an SSL * (OpenSSL 1.1.1 and 3.x).
 *
 * Every function here follows the contract of SSL_get_error(3):
 *   - the thread's error queue is emptied (ERR_clear_error) immediately before
 *     the TLS I/O call, so an error left by other code on this thread (another
 *     connection, a failed PEM load, ...) cannot be mistaken for this call's;
 *   - SSL_get_error() is called immediately after the I/O call, with nothing
 *     in between, so nothing can push to or drain the queue before it is read;
 *   - both SSL_ERROR_WANT_READ and SSL_ERROR_WANT_WRITE are handled by every
 *     operation: a read may need to write (TLS 1.3 KeyUpdate, renegotiation)
 *     and a write may need to read (a handshake not yet finished);
 *   - a clean close (close_notify received) is told apart from a premature
 *     close (transport ended without close_notify: possible truncation) and
 *     from a fatal error;
 *   - the queue's text is read only after the result has been classified.
 *
 * The SSL * may use any BIO (socket, BIO pair, memory); it is normally
 * non-blocking. Each function does one attempt and never waits: on WANT_READ /
 * WANT_WRITE the caller waits for readiness (poll(2) on the socket, or pumping
 * its BIOs) and calls the SAME function again.
 *
 * Thread safety: the functions keep no global state; the error queue they use
 * is OpenSSL's per-thread queue. One SSL * must not be used by two threads at
 * once (an OpenSSL rule).
 *
 * Signals: writing to a socket whose peer has gone raises SIGPIPE. Ignore it
 * (signal(SIGPIPE, SIG_IGN)) or the process dies instead of getting
 * OSSL_REF_PREMATURE_CLOSE.
 */
#ifndef OSSL_REF_H
#define OSSL_REF_H

#include <stddef.h>

#include <openssl/ssl.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The outcome of one attempt. */
enum ossl_ref_status {
    OSSL_REF_DONE = 0,        /* the operation completed */
    OSSL_REF_WANT_READ,       /* retry the same call when the transport is readable */
    OSSL_REF_WANT_WRITE,      /* retry the same call when the transport is writable */
    OSSL_REF_CLOSED,          /* the peer sent close_notify: a clean end of data */
    OSSL_REF_PREMATURE_CLOSE, /* the transport ended without close_notify (EOF or
                                 reset): data may have been truncated */
    OSSL_REF_FATAL            /* protocol or system error; the connection is dead */
};

/* Why a call ended in OSSL_REF_FATAL or OSSL_REF_PREMATURE_CLOSE.
 * Filled by every function when the caller passes a non-NULL pointer:
 * all zero / empty text for the other statuses. */
#define OSSL_REF_ERROR_TEXT_MAX 256
struct ossl_ref_error {
    int ssl_error;           /* the SSL_get_error() value (SSL_ERROR_*) */
    unsigned long code;      /* the first code on the queue, 0 if none */
    int sys_errno;           /* errno right after the call (SSL_ERROR_SYSCALL) */
    char text[OSSL_REF_ERROR_TEXT_MAX]; /* human-readable, NUL-terminated */
};

/*
 * ossl_ref_read: read up to `len` bytes of application data (SSL_read_ex).
 *
 *   DONE            *nread (> 0) bytes were stored in buf.
 *   WANT_READ       nothing to read yet: wait until readable, call again.
 *   WANT_WRITE      OpenSSL must send first (e.g. it answers a TLS 1.3
 *                   KeyUpdate the peer requested) and the transport is full:
 *                   wait until writable, then call ossl_ref_read again.
 *   CLOSED          the peer sent close_notify: no more data will come. Call
 *                   ossl_ref_shutdown() to answer it, then free the SSL.
 *   PREMATURE_CLOSE the transport ended without close_notify. Whatever was
 *                   received may be truncated: do not treat it as complete.
 *                   Free the SSL without calling ossl_ref_shutdown().
 *   FATAL           see err->text. Free the SSL without ossl_ref_shutdown().
 *
 * `nread` may not be NULL; it is 0 unless the status is DONE. `err` may be
 * NULL. A `len` of 0 returns DONE with *nread 0 and does no I/O.
 */
enum ossl_ref_status ossl_ref_read(SSL *ssl, void *buf, size_t len, size_t *nread,
                                   struct ossl_ref_error *err);

/*
 * ossl_ref_write: write all `len` bytes of buf (SSL_write_ex).
 *
 *   DONE            *nwritten bytes were written: all of them, unless the
 *                   caller enabled SSL_MODE_ENABLE_PARTIAL_WRITE (then at least
 *                   one; call again with the rest).
 *   WANT_WRITE      the transport is full: wait until writable, then call
 *                   again WITH THE SAME buf AND len. OpenSSL has already taken
 *                   part of the data into a record and checks that the retry
 *                   repeats it (a different pointer is allowed only with
 *                   SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER; a different length
 *                   fails with "bad length"/"bad write retry").
 *   WANT_READ       OpenSSL must read first (e.g. the handshake is not finished
 *                   yet): wait until readable, then call again, again with the
 *                   same buf and len.
 *   CLOSED          the peer sent close_notify (read during the handshake).
 *   PREMATURE_CLOSE the peer is gone (EPIPE/ECONNRESET or EOF): nothing more
 *                   can be sent. Free the SSL without ossl_ref_shutdown().
 *   FATAL           see err->text. Free the SSL without ossl_ref_shutdown().
 *
 * `nwritten` may not be NULL; it is 0 unless the status is DONE. `err` may be
 * NULL. A `len` of 0 returns DONE with *nwritten 0 and does no I/O.
 */
enum ossl_ref_status ossl_ref_write(SSL *ssl, const void *buf, size_t len, size_t *nwritten,
                                    struct ossl_ref_error *err);

/*
 * ossl_ref_handshake: advance the handshake (SSL_do_handshake). The role must
 * have been set with SSL_set_connect_state() or SSL_set_accept_state().
 * (Calling it is optional: ossl_ref_read and ossl_ref_write also finish the
 * handshake.)
 *
 *   DONE            the handshake is complete; read and write may start.
 *   WANT_READ       wait until readable, then call again.
 *   WANT_WRITE      wait until writable, then call again.
 *   CLOSED          the peer sent close_notify during the handshake.
 *   PREMATURE_CLOSE the transport ended during the handshake.
 *   FATAL           e.g. certificate verification failed, no shared cipher,
 *                   the peer is not speaking TLS: see err->text.
 */
enum ossl_ref_status ossl_ref_handshake(SSL *ssl, struct ossl_ref_error *err);

/*
 * ossl_ref_shutdown: send close_notify and wait for the peer's (SSL_shutdown).
 * Call it only after a successful handshake, never after FATAL or
 * PREMATURE_CLOSE (OpenSSL forbids SSL_shutdown after a fatal error).
 *
 *   DONE            both close_notify alerts have been exchanged (or ours was
 *                   sent after the peer's was received): free the SSL.
 *   WANT_WRITE      our close_notify is not sent yet: call again when
 *                   writable.
 *   WANT_READ       ours is sent, the peer's has not arrived: call again when
 *                   readable. A caller that does not need the peer's reply
 *                   (a one-way close) may stop here and free the SSL. If the
 *                   peer may still send application data, read it with
 *                   ossl_ref_read until CLOSED instead.
 *   CLOSED          the peer's close_notify is in but OpenSSL reports the
 *                   exchange as closed rather than done: treat it as DONE.
 *   PREMATURE_CLOSE the transport ended before the peer's close_notify.
 *   FATAL           see err->text.
 */
enum ossl_ref_status ossl_ref_shutdown(SSL *ssl, struct ossl_ref_error *err);

/* ossl_ref_status_name: "DONE", "WANT_READ", ... for logs; never NULL. */
const char *ossl_ref_status_name(enum ossl_ref_status status);

/* ossl_ref_error_text: err->text, or "" when err is NULL; never NULL. */
const char *ossl_ref_error_text(const struct ossl_ref_error *err);

#ifdef __cplusplus
}
#endif

#endif /* OSSL_REF_H */
