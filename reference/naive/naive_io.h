/*
 * naive_io: deliberately buggy OpenSSL reads and writes, one bug class each.
 *
 * These are fixtures, not a library to use. Each function reproduces one
 * mistake found in real code (see the ossl-lint rule pages) and is correct in
 * every other respect, so that:
 *   - the runtime tests (reference/tests/test_reference.c) can show the bug
 *     really changes behaviour against real OpenSSL, next to ossl_ref, and
 *   - ossl-lint reports exactly the `// expect: OSSLnnn` annotations in
 *     naive_io.c and nothing else.
 *
 * Every function does one attempt (the want-read-only loop retries a bounded
 * number of times) and reports what the naive code concluded.
 */
#ifndef NAIVE_IO_H
#define NAIVE_IO_H

#include <openssl/bio.h>
#include <openssl/ssl.h>

/* What the naive code believes happened. */
enum naive_outcome {
    NAIVE_DATA,       /* bytes were read or written */
    NAIVE_WANT_READ,  /* it will retry when readable */
    NAIVE_WANT_WRITE, /* it will retry when writable */
    NAIVE_EOF,        /* it believes the peer ended the stream cleanly */
    NAIVE_ERROR       /* it gives up on the connection */
};

struct naive_result {
    enum naive_outcome outcome;
    int ssl_err; /* the SSL_get_error() value it acted on; -1 if it never asked */
    int n;       /* the I/O call's return value */
};

/* OSSL001: no ERR_clear_error() before SSL_read; an error left on the thread's
 * queue by other code is taken for this read's. */
struct naive_result naive_read_stale_queue(SSL *ssl, void *buf, int len);

/* OSSL002: opens a (missing) log file between SSL_read and SSL_get_error;
 * BIO_new_file's failure pushes an error that SSL_get_error then reads. */
struct naive_result naive_read_interleaved(SSL *ssl, void *buf, int len, const char *log_path);

/* OSSL004: prints (and so drains) the queue to `log` before SSL_get_error,
 * as libwebsockets' lws_tls_server_accept did. */
struct naive_result naive_read_describe_first(SSL *ssl, void *buf, int len, BIO *log);

/* OSSL003: a read loop that retries on SSL_ERROR_WANT_READ only (at most
 * max_tries times) and treats SSL_ERROR_WANT_WRITE as fatal. */
struct naive_result naive_read_want_read_only(SSL *ssl, void *buf, int len, int max_tries);

/* OSSL003: a write that expects only SSL_ERROR_WANT_WRITE and treats
 * SSL_ERROR_WANT_READ (the handshake is still running) as fatal. */
struct naive_result naive_write_want_write_only(SSL *ssl, const void *buf, int len);

/* OSSL005: takes SSL_read() == 0 for close_notify without asking
 * SSL_get_error(); on OpenSSL 3 an EOF without close_notify also returns 0. */
struct naive_result naive_read_zero_is_eof(SSL *ssl, void *buf, int len);

/* OSSL005: the classic "case SSL_ERROR_ZERO_RETURN: case SSL_ERROR_SYSCALL:"
 * fall-through: a reset or EOF without close_notify is taken as a clean end. */
struct naive_result naive_read_syscall_is_eof(SSL *ssl, void *buf, int len);

/* OSSL005: SSL_ERROR_ZERO_RETURN in a case of its own, and a default that
 * concludes the same EOF for SSL_ERROR_SSL and SSL_ERROR_SYSCALL. */
struct naive_result naive_read_default_is_eof(SSL *ssl, void *buf, int len);

/* OSSL006: tests ERR_get_error()'s code for SSL_ERROR_WANT_READ/WRITE. */
struct naive_result naive_read_queue_code_as_want(SSL *ssl, void *buf, int len);

/* OSSL006: formats SSL_get_error()'s code with ERR_error_string_n() into
 * text (textlen bytes) when the read fails. */
struct naive_result naive_read_describe_code(SSL *ssl, void *buf, int len, char *text, size_t textlen);

#endif /* NAIVE_IO_H */
