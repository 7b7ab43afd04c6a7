/* A function the run only starts threads with (pthread_create(t, NULL, fn,
 * arg), C11's thrd_create(t, fn, arg): the model's thread_starts) runs on a
 * new thread, whose OpenSSL error queue is empty (err.c allocates a thread's
 * ERR_STATE zeroed on its first use); errors the starting thread left
 * (SSL_CTX_use_certificate_file() in start_readers()) are on that thread's
 * queue, not the new one's. So its I/O calls see no stale error where
 * nothing on their way pushes (before, OSSL001: "its address is taken, so its
 * callers are not known"; the_Foundation's TLS request thread). The twins
 * keep their findings: a routine whose address is also kept in a table of
 * the run's (called from there too), one that pushes itself before its read,
 * one started through a wrapper of the run's (not followed), one that a
 * function of the run also calls directly after a push, and (from the
 * review of the change) a public routine, which code the run does not see
 * may call directly, and one also called directly with NULL, whose other
 * calls that argument rules out still run on the thread. The two-file twins:
 * thread_start_name_twin/ (a static routine and another unit's public
 * function of the same name) and thread_start_shim/ (the run defines
 * pthread_create() itself).
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <threads.h>

static int read_once(SSL *s)
{
    char buf[64];
    int n = SSL_read(s, buf, sizeof buf);
    if (n > 0)
        return n;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static void *reader(void *arg)
{
    return read_once(arg) < 0 ? arg : NULL;
}

static int reader_c11(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf);
    if (n > 0)
        return n;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static void *reader_in_table(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}

void *(*handlers[1])(void *) = {reader_in_table};

static void *reader_after_push(void *arg)
{
    char buf[64];
    SSL *s = arg;
    SSL_CTX_use_certificate_file(SSL_get_SSL_CTX(s), "cert.pem", SSL_FILETYPE_PEM);
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}

static void *reader_wrapped(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}

static int start_thread(void *(*fn)(void *), void *arg)
{
    pthread_t t;
    return pthread_create(&t, NULL, fn, arg);
}

static void *reader_also_called(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}

void *conn_reader(void *arg)
{
    char buf[64];
    SSL *s = arg;
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return NULL;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? NULL : arg;
}

static int read_probe(SSL *s)
{
    char buf[64];
    int n = SSL_read(s, buf, sizeof buf); // expect: OSSL001
    if (n > 0)
        return n;
    int e = SSL_get_error(s, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

static void *probed_worker(void *arg)
{
    if (arg == NULL)
        return NULL;
    SSL *s = arg;
    SSL_CTX_use_certificate_file(SSL_get_SSL_CTX(s), "cert.pem", SSL_FILETYPE_PEM);
    read_probe(s);
    return NULL;
}

int start_more(SSL *s)
{
    pthread_t t1, t2;
    probed_worker(NULL);
    if (pthread_create(&t1, NULL, probed_worker, s) != 0)
        return -1;
    return pthread_create(&t2, NULL, conn_reader, s);
}

int start_readers(SSL *a, SSL *b, SSL *c, SSL *d, SSL *e)
{
    pthread_t t1, t2, t3;
    thrd_t t4;
    SSL_CTX_use_certificate_file(SSL_get_SSL_CTX(a), "cert.pem", SSL_FILETYPE_PEM);
    if (pthread_create(&t1, NULL, reader, a) != 0)
        return -1;
    if (pthread_create(&t2, NULL, reader_in_table, b) != 0)
        return -1;
    if (pthread_create(&t3, NULL, reader_after_push, c) != 0)
        return -1;
    if (thrd_create(&t4, reader_c11, d) != thrd_success)
        return -1;
    if (pthread_create(&t3, NULL, reader_also_called, e) != 0)
        return -1;
    reader_also_called(e);
    return start_thread(reader_wrapped, e);
}
