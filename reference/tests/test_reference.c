/*
 * test_reference.c: runtime proof, against the real OpenSSL, that each
 * error-queue bug in naive/naive_io.c really happens and that ossl_ref does
 * not have it.
 *
 * Every test is a pair: the naive variant misbehaves observably (asserted),
 * ossl_ref does the right thing on the same situation (asserted). Transports
 * are only socketpair(AF_UNIX) set non-blocking, or BIO pairs; never the
 * network. The key and certificate are made at start-up. Loops are bounded
 * (MAX_STEPS) and every test arms alarm(DEADLINE_SECONDS), so nothing hangs.
 */
#define _POSIX_C_SOURCE 200809L /* socketpair, alarm, strstr */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h> /* cmocka needs these four first */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "naive_io.h"
#include "ossl_ref.h"

#define MAX_STEPS 1000
#define DEADLINE_SECONDS 10
#define HOSTNAME "ossl-ref.test"
/* A path that cannot be opened: BIO_new_file fails and pushes errors. */
#define MISSING_LOG "/nonexistent-ossl-ref-dir/read.log"

/* ---------------------------------------------------------------- fixture */

/* One key, certificate and pair of contexts for the whole run. */
struct world {
    EVP_PKEY *key;
    X509 *cert;
    SSL_CTX *server_ctx;
    SSL_CTX *client_ctx;
};
static struct world world;

/* A client and a server connected either by a socketpair or a BIO pair. */
struct conn {
    SSL *client;
    SSL *server;
    int fd[2];       /* socketpair: [0] client's end, [1] server's; -1 if none or closed */
    BIO *client_net; /* BIO pair: the client's end (owned by client SSL), else NULL */
    BIO *server_net; /* BIO pair: the server's end (owned by server SSL), else NULL */
};

static const char *ssl_error_name(int e)
{
    switch (e) {
    case SSL_ERROR_NONE:
        return "SSL_ERROR_NONE";
    case SSL_ERROR_SSL:
        return "SSL_ERROR_SSL";
    case SSL_ERROR_WANT_READ:
        return "SSL_ERROR_WANT_READ";
    case SSL_ERROR_WANT_WRITE:
        return "SSL_ERROR_WANT_WRITE";
    case SSL_ERROR_SYSCALL:
        return "SSL_ERROR_SYSCALL";
    case SSL_ERROR_ZERO_RETURN:
        return "SSL_ERROR_ZERO_RETURN";
    case -1:
        return "(SSL_get_error not called)";
    default:
        return "SSL_ERROR_other";
    }
}

static const char *outcome_name(enum naive_outcome o)
{
    static const char *const names[] = {"DATA", "WANT_READ", "WANT_WRITE", "EOF", "ERROR"};
    return (unsigned)o < sizeof(names) / sizeof(names[0]) ? names[o] : "?";
}

/* Compare statuses by name, so a failure prints "WANT_READ != FATAL". */
#define assert_status(actual, expected) \
    assert_string_equal(ossl_ref_status_name(actual), ossl_ref_status_name(expected))
#define assert_outcome(actual, expected) \
    assert_string_equal(outcome_name(actual), outcome_name(expected))
#define assert_ssl_error(actual, expected) \
    assert_string_equal(ssl_error_name(actual), ssl_error_name(expected))

static void report(const char *test, struct naive_result naive, enum ossl_ref_status ref,
                   const struct ossl_ref_error *err)
{
    print_message("[ %s ] naive: %s (SSL_get_error %s) | reference: %s%s%s\n", test,
                  outcome_name(naive.outcome), ssl_error_name(naive.ssl_err),
                  ossl_ref_status_name(ref), err != NULL && err->text[0] ? ": " : "",
                  ossl_ref_error_text(err));
}

/* A self-signed P-256 certificate for HOSTNAME, valid for an hour. */
static int make_identity(EVP_PKEY **key_out, X509 **cert_out)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    X509 *cert = X509_new();
    X509_NAME *name;

    if (key == NULL || cert == NULL)
        goto fail;
    name = X509_get_subject_name(cert);
    if (!X509_set_version(cert, 2) || !ASN1_INTEGER_set(X509_get_serialNumber(cert), 1)
        || X509_gmtime_adj(X509_getm_notBefore(cert), -60) == NULL
        || X509_gmtime_adj(X509_getm_notAfter(cert), 3600) == NULL
        || !X509_set_pubkey(cert, key)
        || !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                       (const unsigned char *)HOSTNAME, -1, -1, 0)
        || !X509_set_issuer_name(cert, name) || X509_sign(cert, key, EVP_sha256()) <= 0)
        goto fail;
    *key_out = key;
    *cert_out = cert;
    return 0;
fail:
    X509_free(cert);
    EVP_PKEY_free(key);
    return -1;
}

/* TLS 1.3 only: the KeyUpdate test needs it, and the others do not care. */
static int make_contexts(struct world *w)
{
    w->server_ctx = SSL_CTX_new(TLS_server_method());
    w->client_ctx = SSL_CTX_new(TLS_client_method());
    if (w->server_ctx == NULL || w->client_ctx == NULL)
        return -1;
    if (!SSL_CTX_set_min_proto_version(w->server_ctx, TLS1_3_VERSION)
        || !SSL_CTX_set_min_proto_version(w->client_ctx, TLS1_3_VERSION)
        || SSL_CTX_use_certificate(w->server_ctx, w->cert) != 1
        || SSL_CTX_use_PrivateKey(w->server_ctx, w->key) != 1
        || X509_STORE_add_cert(SSL_CTX_get_cert_store(w->client_ctx), w->cert) != 1)
        return -1;
    /* The client really verifies the server: the tests run a real TLS setup. */
    SSL_CTX_set_verify(w->client_ctx, SSL_VERIFY_PEER, NULL);
    return 0;
}

static int group_setup(void **state)
{
    (void)state;
    /* A write to a closed socketpair must give EPIPE, not kill the run. */
    signal(SIGPIPE, SIG_IGN);
    if (make_identity(&world.key, &world.cert) != 0 || make_contexts(&world) != 0) {
        ERR_print_errors_fp(stderr);
        return -1;
    }
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    SSL_CTX_free(world.client_ctx);
    SSL_CTX_free(world.server_ctx);
    X509_free(world.cert);
    EVP_PKEY_free(world.key);
    memset(&world, 0, sizeof(world));
    return 0;
}

/* The backstop: a test that hangs is killed by SIGALRM (default action). */
static int test_setup(void **state)
{
    (void)state;
    alarm(DEADLINE_SECONDS);
    ERR_clear_error();
    return 0;
}

static int test_teardown(void **state)
{
    (void)state;
    alarm(0);
    ERR_clear_error(); /* naive variants leave errors behind on purpose */
    return 0;
}

/* ------------------------------------------------------------ connections */

static void conn_init_ssl(struct conn *c)
{
    memset(c, 0, sizeof(*c));
    c->fd[0] = c->fd[1] = -1;
    c->client = SSL_new(world.client_ctx);
    c->server = SSL_new(world.server_ctx);
    assert_non_null(c->client);
    assert_non_null(c->server);
    assert_int_equal(SSL_set1_host(c->client, HOSTNAME), 1);
    SSL_set_connect_state(c->client);
    SSL_set_accept_state(c->server);
}

/* Connected through a non-blocking socketpair, handshake not started. */
static void conn_new_socketpair(struct conn *c)
{
    conn_init_ssl(c);
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, c->fd), 0);
    for (int i = 0; i < 2; i++)
        assert_int_equal(fcntl(c->fd[i], F_SETFL, fcntl(c->fd[i], F_GETFL) | O_NONBLOCK), 0);
    assert_int_equal(SSL_set_fd(c->client, c->fd[0]), 1);
    assert_int_equal(SSL_set_fd(c->server, c->fd[1]), 1);
}

/* Connected through a BIO pair whose client-to-server buffer holds
 * `client_room` bytes: small, so that the test can fill it. */
static void conn_new_biopair(struct conn *c, size_t client_room, size_t server_room)
{
    conn_init_ssl(c);
    assert_int_equal(BIO_new_bio_pair(&c->client_net, client_room, &c->server_net, server_room),
                     1);
    /* Each SSL takes the one reference to its end (rbio == wbio). */
    SSL_set_bio(c->client, c->client_net, c->client_net);
    SSL_set_bio(c->server, c->server_net, c->server_net);
}

static void conn_close_fd(struct conn *c, int side)
{
    if (c->fd[side] >= 0) {
        close(c->fd[side]);
        c->fd[side] = -1;
    }
}

static void conn_free(struct conn *c)
{
    SSL_free(c->client); /* frees its BIO; SSL_set_fd's socket BIO does not close */
    SSL_free(c->server);
    conn_close_fd(c, 0);
    conn_close_fd(c, 1);
    memset(c, 0, sizeof(*c));
}

/* Drive both handshakes with ossl_ref until both are done. */
static void conn_handshake(struct conn *c)
{
    struct ossl_ref_error err;
    int client_done = 0;
    int server_done = 0;

    for (int step = 0; step < MAX_STEPS && !(client_done && server_done); step++) {
        if (!client_done) {
            enum ossl_ref_status st = ossl_ref_handshake(c->client, &err);
            if (st != OSSL_REF_WANT_READ && st != OSSL_REF_WANT_WRITE)
                assert_status(st, OSSL_REF_DONE);
            client_done = st == OSSL_REF_DONE;
        }
        if (!server_done) {
            enum ossl_ref_status st = ossl_ref_handshake(c->server, &err);
            if (st != OSSL_REF_WANT_READ && st != OSSL_REF_WANT_WRITE)
                assert_status(st, OSSL_REF_DONE);
            server_done = st == OSSL_REF_DONE;
        }
    }
    assert_true(client_done && server_done);
}

/* A socketpair connection with the handshake done and the client's inbox
 * empty (the server's session tickets read), so a read has nothing pending. */
static void conn_ready_socketpair(struct conn *c)
{
    char buf[16];
    size_t n;

    conn_new_socketpair(c);
    conn_handshake(c);
    assert_status(ossl_ref_read(c->client, buf, sizeof(buf), &n, NULL), OSSL_REF_WANT_READ);
}

static void ref_write_all(SSL *ssl, const char *text)
{
    size_t n = 0;
    enum ossl_ref_status st = OSSL_REF_WANT_WRITE;

    /* Retry with the same buffer and length, as SSL_write_ex requires. */
    for (int step = 0; step < MAX_STEPS && st != OSSL_REF_DONE; step++) {
        st = ossl_ref_write(ssl, text, strlen(text), &n, NULL);
        if (st != OSSL_REF_WANT_READ && st != OSSL_REF_WANT_WRITE)
            assert_status(st, OSSL_REF_DONE);
    }
    assert_status(st, OSSL_REF_DONE);
    assert_int_equal(n, strlen(text));
}

/* Read with ossl_ref until something other than DONE; collect the data. */
static enum ossl_ref_status ref_read_to_end(SSL *ssl, char *out, size_t cap,
                                            struct ossl_ref_error *err)
{
    size_t used = 0;
    size_t n;
    enum ossl_ref_status st = OSSL_REF_DONE;

    for (int step = 0; step < MAX_STEPS && st == OSSL_REF_DONE; step++) {
        st = ossl_ref_read(ssl, out + used, cap - 1 - used, &n, err);
        used += n;
    }
    out[used] = '\0';
    return st;
}

/* The same with a naive reader: stop at the first result that is not data. */
typedef struct naive_result (*naive_reader)(SSL *ssl, void *buf, int len);

static struct naive_result naive_read_to_end(naive_reader reader, SSL *ssl, char *out,
                                             size_t cap)
{
    size_t used = 0;
    struct naive_result r = {NAIVE_DATA, -1, 0};

    for (int step = 0; step < MAX_STEPS && r.outcome == NAIVE_DATA; step++) {
        r = reader(ssl, out + used, (int)(cap - 1 - used));
        if (r.outcome == NAIVE_DATA)
            used += (size_t)r.n;
    }
    out[used] = '\0';
    return r;
}

/* ------------------------------------------------------ a. stale queue */

/*
 * Connection A's server is sent an HTTP request; its handshake fails and,
 * like most error paths, leaves the error on the thread's queue. Connection B
 * is healthy and has nothing to read. The naive read (no ERR_clear_error)
 * reports A's error as B's; ossl_ref says WANT_READ and B keeps working.
 */
static void test_a_stale_queue(void **state)
{
    struct conn a;
    struct conn b;
    struct ossl_ref_error err;
    char buf[64];
    size_t n;
    int ret;
    int ssl_err;
    unsigned long stale;
    static const char http[] = "GET / HTTP/1.0\r\n\r\n";

    (void)state;
    conn_new_socketpair(&a);
    conn_ready_socketpair(&b);

    assert_int_equal(write(a.fd[0], http, sizeof(http) - 1), (ssize_t)(sizeof(http) - 1));
    ERR_clear_error();
    ret = SSL_do_handshake(a.server);
    ssl_err = SSL_get_error(a.server, ret);
    assert_ssl_error(ssl_err, SSL_ERROR_SSL);
    stale = ERR_peek_error(); /* left on the queue, as real code does */
    assert_true(stale != 0);

    struct naive_result r = naive_read_stale_queue(b.client, buf, sizeof(buf));
    assert_ssl_error(r.ssl_err, SSL_ERROR_SSL); /* A's error, reported on B */
    assert_outcome(r.outcome, NAIVE_ERROR);     /* B would be dropped */
    assert_true(ERR_peek_error() == stale);     /* and it is still there */

    enum ossl_ref_status st = ossl_ref_read(b.client, buf, sizeof(buf), &n, &err);
    report("a. stale queue (SSL lib)", r, st, &err);
    assert_status(st, OSSL_REF_WANT_READ);

    /* B really is healthy. */
    ref_write_all(b.server, "ping");
    assert_status(ossl_ref_read(b.client, buf, sizeof(buf), &n, &err), OSSL_REF_DONE);
    assert_memory_equal(buf, "ping", 4);

    conn_free(&a);
    conn_free(&b);
}

/*
 * The CPython / gevent case: a failed write on another connection left a
 * system error (EPIPE) on the queue. The naive read turns WANT_READ into
 * SSL_ERROR_SYSCALL (a "BrokenPipeError" on a healthy connection).
 */
static void test_a_stale_queue_syscall(void **state)
{
    struct conn b;
    struct ossl_ref_error err;
    char buf[64];
    size_t n;

    (void)state;
    conn_ready_socketpair(&b);

    ERR_raise(ERR_LIB_SYS, EPIPE); /* what a socket BIO leaves after EPIPE */

    struct naive_result r = naive_read_stale_queue(b.client, buf, sizeof(buf));
    assert_ssl_error(r.ssl_err, SSL_ERROR_SYSCALL);
    assert_outcome(r.outcome, NAIVE_ERROR);

    enum ossl_ref_status st = ossl_ref_read(b.client, buf, sizeof(buf), &n, &err);
    report("a. stale queue (SYS lib)", r, st, &err);
    assert_status(st, OSSL_REF_WANT_READ);

    conn_free(&b);
}

/*
 * The boundary of the bug class: OpenSSL's handshake state machine
 * (ssl/statem/statem.c, state_machine()) begins with ERR_clear_error(), so a
 * stale error does not change how a handshake call's result is classified.
 * The same EPIPE left on the queue that turns a naive read's WANT_READ into
 * SSL_ERROR_SYSCALL (above) leaves SSL_do_handshake's and SSL_connect's
 * WANT_READ as it is, and is gone after the call. ossl-lint still reports a
 * handshake call without a clear: it breaches SSL_get_error(3)'s contract,
 * which these versions forgive (docs/audits.md).
 */
static void test_a_handshake_clears_on_entry(void **state)
{
    struct conn c;

    (void)state;
    conn_new_socketpair(&c);

    ERR_raise(ERR_LIB_SYS, EPIPE);
    int ret = SSL_do_handshake(c.client); /* no ERR_clear_error() */ // expect: OSSL001
    assert_ssl_error(SSL_get_error(c.client, ret), SSL_ERROR_WANT_READ);
    assert_true(ERR_peek_error() == 0);

    ERR_raise(ERR_LIB_SYS, EPIPE);
    ret = SSL_connect(c.client); /* mid-handshake: the state machine runs again */ // expect: OSSL001
    assert_ssl_error(SSL_get_error(c.client, ret), SSL_ERROR_WANT_READ);
    assert_true(ERR_peek_error() == 0);

    conn_free(&c);
}

/* ---------------------------------------------- b. drained before classify */

/* Inject a TLS 1.3 application-data record that does not decrypt, as a
 * tampering middlebox would: the reader's next read fails fatally. */
static void inject_bad_record(struct conn *c)
{
    unsigned char rec[5 + 32];

    rec[0] = 0x17; /* application_data */
    rec[1] = 0x03;
    rec[2] = 0x03;
    rec[3] = 0x00;
    rec[4] = 32;
    memset(rec + 5, 0xA5, 32);
    assert_int_equal(write(c->fd[1], rec, sizeof(rec)), (ssize_t)sizeof(rec));
}

/*
 * A record fails to decrypt: a fatal SSL_ERROR_SSL. The naive code prints
 * the queue before classifying; SSL_get_error then sees an empty queue and
 * says SSL_ERROR_SYSCALL, which reads as "the peer went away" (and with
 * errno 0, as a premature close). ossl_ref classifies first: FATAL, with the
 * queue's text.
 */
static void test_b_drained_before_classify(void **state)
{
    struct conn c1;
    struct conn c2;
    struct ossl_ref_error err;
    char buf[64];
    size_t n;
    BIO *log = BIO_new(BIO_s_mem());

    (void)state;
    assert_non_null(log);
    conn_ready_socketpair(&c1);
    conn_ready_socketpair(&c2);
    inject_bad_record(&c1);
    inject_bad_record(&c2);

    struct naive_result r = naive_read_describe_first(c1.client, buf, sizeof(buf), log);
    assert_ssl_error(r.ssl_err, SSL_ERROR_SYSCALL); /* was SSL_ERROR_SSL */
    assert_true(BIO_ctrl_pending(log) > 0);         /* the text went to the log */
    assert_true(ERR_peek_error() == 0);             /* and is gone from the queue */

    enum ossl_ref_status st = ossl_ref_read(c2.client, buf, sizeof(buf), &n, &err);
    report("b. drained before classify", r, st, &err);
    assert_status(st, OSSL_REF_FATAL);
    assert_ssl_error(err.ssl_error, SSL_ERROR_SSL);
    assert_true(err.code != 0);
    assert_non_null(strstr(err.text, "bad record mac"));
    assert_true(ERR_peek_error() == 0); /* ossl_ref leaves the queue clean */

    BIO_free(log);
    conn_free(&c1);
    conn_free(&c2);
}

/* --------------------------------------------------- c. interleaved call */

/*
 * Between SSL_read and SSL_get_error the naive code opens its log file; the
 * open fails and pushes an error. A plain WANT_READ becomes
 * SSL_ERROR_SYSCALL (the first entry is ERR_LIB_SYS) and the healthy
 * connection is dropped. ossl_ref has nothing in between: WANT_READ.
 */
static void test_c_interleaved_call(void **state)
{
    struct conn c;
    struct ossl_ref_error err;
    char buf[64];
    size_t n;

    (void)state;
    conn_ready_socketpair(&c);

    struct naive_result r = naive_read_interleaved(c.client, buf, sizeof(buf), MISSING_LOG);
    assert_ssl_error(r.ssl_err, SSL_ERROR_SYSCALL); /* was SSL_ERROR_WANT_READ */
    assert_outcome(r.outcome, NAIVE_ERROR);

    enum ossl_ref_status st = ossl_ref_read(c.client, buf, sizeof(buf), &n, &err);
    report("c. interleaved call", r, st, &err);
    assert_status(st, OSSL_REF_WANT_READ);

    conn_free(&c);
}

/* ------------------------------------------- d. read that must write, and back */

/* Fill the client's outgoing buffer; returns how many bytes were put in. */
static size_t fill_client_to_server(struct conn *c)
{
    static const char junk[256];
    size_t total = 0;
    size_t room;

    while ((room = BIO_ctrl_get_write_guarantee(c->client_net)) > 0) {
        int chunk = (int)(room < sizeof(junk) ? room : sizeof(junk));
        assert_int_equal(BIO_write(c->client_net, junk, chunk), chunk);
        total += (size_t)chunk;
    }
    return total;
}

/* The peer reads the filler out of the transport (raw, not through TLS). */
static void drain_client_to_server(struct conn *c, size_t amount)
{
    char sink[256];

    while (amount > 0) {
        int chunk = (int)(amount < sizeof(sink) ? amount : sizeof(sink));
        assert_int_equal(BIO_read(c->server_net, sink, chunk), chunk);
        amount -= (size_t)chunk;
    }
}

/*
 * The server asks for the client's certificate after the handshake (TLS 1.3
 * post-handshake authentication). To read past the CertificateRequest the
 * client must write its Certificate and Finished, and its outgoing buffer is
 * full: SSL_read says SSL_ERROR_WANT_WRITE. The naive loop, which knows only
 * WANT_READ, gives up on a healthy connection; ossl_ref says WANT_WRITE and,
 * once the buffer drains, reads the data.
 *
 * (A KeyUpdate with update_requested does not show this on OpenSSL 3.0: the
 * reply is queued for the next write and SSL_read returns the data.)
 */
static void test_d_read_must_write(void **state)
{
    struct conn c;
    struct ossl_ref_error err;
    char buf[64];
    size_t n;
    int ret;
    int ssl_err;
    static const char msg[] = "after certificate request";

    (void)state;
    conn_new_biopair(&c, 1024, 16384);
    SSL_set_post_handshake_auth(c.client, 1);
    SSL_set_verify(c.server, SSL_VERIFY_PEER, NULL); /* an empty answer is accepted */
    conn_handshake(&c);
    assert_status(ossl_ref_read(c.client, buf, sizeof(buf), &n, NULL), OSSL_REF_WANT_READ);

    ERR_clear_error();
    ret = SSL_verify_client_post_handshake(c.server);
    ssl_err = SSL_get_error(c.server, ret);
    assert_int_equal(ret, 1);
    assert_ssl_error(ssl_err, SSL_ERROR_NONE);
    ref_write_all(c.server, msg); /* sends the CertificateRequest, then msg */

    size_t filler = fill_client_to_server(&c);
    assert_true(filler > 0);

    struct naive_result r = naive_read_want_read_only(c.client, buf, sizeof(buf), 10);
    assert_ssl_error(r.ssl_err, SSL_ERROR_WANT_WRITE);
    assert_outcome(r.outcome, NAIVE_ERROR); /* a healthy connection dropped */

    enum ossl_ref_status st = ossl_ref_read(c.client, buf, sizeof(buf), &n, &err);
    report("d. read that must write", r, st, &err);
    assert_status(st, OSSL_REF_WANT_WRITE);

    drain_client_to_server(&c, filler); /* the transport becomes writable */
    st = OSSL_REF_WANT_WRITE;
    for (int step = 0; step < 4 && st != OSSL_REF_DONE; step++) {
        st = ossl_ref_read(c.client, buf, sizeof(buf), &n, &err);
        if (st != OSSL_REF_WANT_READ && st != OSSL_REF_WANT_WRITE)
            assert_status(st, OSSL_REF_DONE);
    }
    assert_status(st, OSSL_REF_DONE);
    assert_int_equal(n, strlen(msg));
    assert_memory_equal(buf, msg, n);

    /* The server takes the client's answer, and both directions work. */
    assert_status(ossl_ref_read(c.server, buf, sizeof(buf), &n, &err), OSSL_REF_WANT_READ);
    ref_write_all(c.client, "pong");
    assert_status(ossl_ref_read(c.server, buf, sizeof(buf), &n, &err), OSSL_REF_DONE);
    assert_memory_equal(buf, "pong", 4);

    conn_free(&c);
}

/*
 * The client writes before the handshake is done (SSL_write starts it):
 * having sent its ClientHello, it must read the server's flight, and
 * SSL_write says SSL_ERROR_WANT_READ. The naive write, which knows only
 * WANT_WRITE, gives up; ossl_ref says WANT_READ and, retried with the same
 * buffer once the server has answered, writes everything.
 */
static void test_d_write_must_read(void **state)
{
    struct conn c;
    struct ossl_ref_error err;
    char buf[64];
    size_t n;
    static const char msg[] = "hello before handshake";

    (void)state;
    conn_new_biopair(&c, 16384, 16384);

    struct naive_result r = naive_write_want_write_only(c.client, msg, (int)strlen(msg));
    assert_ssl_error(r.ssl_err, SSL_ERROR_WANT_READ);
    assert_outcome(r.outcome, NAIVE_ERROR);

    enum ossl_ref_status st = ossl_ref_write(c.client, msg, strlen(msg), &n, &err);
    report("d. write that must read", r, st, &err);
    assert_status(st, OSSL_REF_WANT_READ);

    /* The server answers with its flight; then the same write goes through. */
    assert_status(ossl_ref_handshake(c.server, &err), OSSL_REF_WANT_READ);
    st = ossl_ref_write(c.client, msg, strlen(msg), &n, &err);
    assert_status(st, OSSL_REF_DONE);
    assert_int_equal(n, strlen(msg));

    /* The server finishes its handshake inside the read and gets the data;
     * it may first return WANT_READ after the client's Finished alone. */
    st = OSSL_REF_WANT_READ;
    for (int step = 0; step < 4 && st == OSSL_REF_WANT_READ; step++)
        st = ossl_ref_read(c.server, buf, sizeof(buf), &n, &err);
    assert_status(st, OSSL_REF_DONE);
    assert_int_equal(n, strlen(msg));
    assert_memory_equal(buf, msg, n);

    conn_free(&c);
}

/* ------------------------------------------------------ e. premature close */

/*
 * The server sends part of a response and closes its socket without
 * close_notify. OpenSSL 3's SSL_read returns 0 for that EOF too, and the
 * naive "0 means closed" reader accepts the truncated data as complete.
 * ossl_ref reads the same data, then reports PREMATURE_CLOSE.
 */
static void test_e_premature_close_eof(void **state)
{
    struct conn c1;
    struct conn c2;
    struct ossl_ref_error err;
    char got[256];
    static const char part[] = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npart";

    (void)state;
    conn_ready_socketpair(&c1);
    conn_ready_socketpair(&c2);
    ref_write_all(c1.server, part);
    ref_write_all(c2.server, part);
    conn_close_fd(&c1, 1); /* no SSL_shutdown: no close_notify */
    conn_close_fd(&c2, 1);

    struct naive_result r = naive_read_to_end(naive_read_zero_is_eof, c1.client, got, sizeof(got));
    assert_string_equal(got, part);
    assert_int_equal(r.n, 0);
    assert_outcome(r.outcome, NAIVE_EOF); /* truncation taken for the end */

    enum ossl_ref_status st = ref_read_to_end(c2.client, got, sizeof(got), &err);
    report("e. premature close (EOF)", r, st, &err);
    assert_string_equal(got, part);
    assert_status(st, OSSL_REF_PREMATURE_CLOSE);
    assert_non_null(strstr(err.text, "unexpected eof"));

    conn_free(&c1);
    conn_free(&c2);
}

/*
 * The server goes away with the client's request unread in its socket, so
 * the client's next read gets ECONNRESET: SSL_ERROR_SYSCALL. The tutorial's
 * "case SSL_ERROR_ZERO_RETURN: case SSL_ERROR_SYSCALL:" takes it as a clean
 * end; ossl_ref reports PREMATURE_CLOSE (errno ECONNRESET).
 */
static void test_e_premature_close_reset(void **state)
{
    struct conn c1;
    struct conn c2;
    struct ossl_ref_error err;
    char got[256];
    static const char part[] = "partial answer";

    (void)state;
    conn_ready_socketpair(&c1);
    conn_ready_socketpair(&c2);
    ref_write_all(c1.client, "request the server never reads");
    ref_write_all(c2.client, "request the server never reads");
    ref_write_all(c1.server, part);
    ref_write_all(c2.server, part);
    conn_close_fd(&c1, 1);
    conn_close_fd(&c2, 1);

    struct naive_result r =
        naive_read_to_end(naive_read_syscall_is_eof, c1.client, got, sizeof(got));
    assert_string_equal(got, part);
    assert_ssl_error(r.ssl_err, SSL_ERROR_SYSCALL);
    assert_outcome(r.outcome, NAIVE_EOF);

    enum ossl_ref_status st = ref_read_to_end(c2.client, got, sizeof(got), &err);
    report("e. premature close (reset)", r, st, &err);
    assert_string_equal(got, part);
    assert_status(st, OSSL_REF_PREMATURE_CLOSE);
    assert_ssl_error(err.ssl_error, SSL_ERROR_SYSCALL);
    assert_int_equal(err.sys_errno, ECONNRESET);

    conn_free(&c1);
    conn_free(&c2);
}

/*
 * The control: the server sends close_notify (SSL_shutdown). ossl_ref reads
 * the data, then CLOSED; both shutdowns complete.
 */
static void test_e_clean_close(void **state)
{
    struct conn c;
    struct ossl_ref_error err;
    char got[256];
    static const char all[] = "complete answer";

    (void)state;
    conn_ready_socketpair(&c);
    ref_write_all(c.server, all);
    /* close_notify sent; the client's has not come yet. */
    assert_status(ossl_ref_shutdown(c.server, &err), OSSL_REF_WANT_READ);

    enum ossl_ref_status st = ref_read_to_end(c.client, got, sizeof(got), &err);
    print_message("[ e. clean close ] reference: %s\n", ossl_ref_status_name(st));
    assert_string_equal(got, all);
    assert_status(st, OSSL_REF_CLOSED);
    assert_string_equal(ossl_ref_error_text(&err), "");

    assert_status(ossl_ref_shutdown(c.client, &err), OSSL_REF_DONE);
    assert_status(ossl_ref_shutdown(c.server, &err), OSSL_REF_DONE);

    conn_free(&c);
}

/*
 * The same truncation, read by code that gives SSL_ERROR_ZERO_RETURN a case of
 * its own but concludes the same EOF in the default, where OpenSSL 3's
 * SSL_ERROR_SSL (unexpected EOF) lands: the truncated data passes for
 * complete. ossl_ref reports PREMATURE_CLOSE.
 */
static void test_e_premature_close_default(void **state)
{
    struct conn c1;
    struct conn c2;
    struct ossl_ref_error err;
    char got[256];
    static const char part[] = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npart";

    (void)state;
    conn_ready_socketpair(&c1);
    conn_ready_socketpair(&c2);
    ref_write_all(c1.server, part);
    ref_write_all(c2.server, part);
    conn_close_fd(&c1, 1); /* no SSL_shutdown: no close_notify */
    conn_close_fd(&c2, 1);

    struct naive_result r = naive_read_to_end(naive_read_default_is_eof, c1.client, got, sizeof(got));
    assert_string_equal(got, part);
    assert_int_equal(r.n, 0);
    assert_outcome(r.outcome, NAIVE_EOF); /* truncation taken for the end */

    enum ossl_ref_status st = ref_read_to_end(c2.client, got, sizeof(got), &err);
    report("e. premature close (default)", r, st, &err);
    assert_string_equal(got, part);
    assert_status(st, OSSL_REF_PREMATURE_CLOSE);
    assert_ssl_error(err.ssl_error, SSL_ERROR_SSL);

    conn_free(&c1);
    conn_free(&c2);
}

/* --------------------------------------------- f. error-code confusion */

/*
 * A healthy non-blocking connection with nothing to read yet: SSL_read fails
 * with SSL_ERROR_WANT_READ and leaves the error queue empty, so
 * ERR_get_error() is 0, not SSL_ERROR_WANT_READ. The naive loop that tests the
 * queue's code drops the connection; ossl_ref says WANT_READ, and the data the
 * server sends next is read.
 */
static void test_f_queue_code_as_want(void **state)
{
    struct conn c;
    struct ossl_ref_error err;
    char got[64];
    size_t n;
    static const char later[] = "data that comes later";

    (void)state;
    conn_ready_socketpair(&c);

    ERR_clear_error();
    int rc = SSL_read(c.client, got, sizeof(got));
    assert_int_equal(rc, -1);
    assert_ssl_error(SSL_get_error(c.client, rc), SSL_ERROR_WANT_READ);
    assert_int_equal(ERR_peek_error(), 0); /* the queue's code: 0 */

    struct naive_result r = naive_read_queue_code_as_want(c.client, got, sizeof(got));
    enum ossl_ref_status st = ossl_ref_read(c.client, got, sizeof(got), &n, &err);
    report("f. queue code as SSL_ERROR_WANT_READ", r, st, &err);
    assert_int_equal(r.n, -1);
    assert_outcome(r.outcome, NAIVE_ERROR); /* a healthy connection given up */
    assert_status(st, OSSL_REF_WANT_READ);

    ref_write_all(c.server, later); /* it was healthy: the data comes */
    st = ossl_ref_read(c.client, got, sizeof(got) - 1, &n, &err);
    assert_status(st, OSSL_REF_DONE);
    got[n] = '\0';
    assert_string_equal(got, later);

    conn_free(&c);
}

/*
 * The peer ends the connection without close_notify: SSL_get_error() says
 * SSL_ERROR_SSL (1) and the queue holds "unexpected eof while reading". The
 * naive code formats the SSL_get_error() code with ERR_error_string_n(): a
 * text of library 0 and reason 1 that says nothing of the EOF; ossl_ref
 * formats the queue's code and names it.
 */
static void test_f_describe_ssl_code(void **state)
{
    struct conn c1;
    struct conn c2;
    struct ossl_ref_error err;
    char got[256];
    char text[256];
    struct naive_result r = {NAIVE_DATA, -1, 0};

    (void)state;
    conn_ready_socketpair(&c1);
    conn_ready_socketpair(&c2);
    conn_close_fd(&c1, 1); /* no SSL_shutdown: no close_notify */
    conn_close_fd(&c2, 1);

    for (int step = 0; step < MAX_STEPS && r.outcome == NAIVE_DATA; step++)
        r = naive_read_describe_code(c1.client, got, sizeof(got), text, sizeof(text));
    enum ossl_ref_status st = ref_read_to_end(c2.client, got, sizeof(got), &err);
    report("f. SSL_get_error code formatted", r, st, &err);
    print_message("[ f. SSL_get_error code formatted ] naive text: %s\n", text);
    assert_outcome(r.outcome, NAIVE_ERROR);
    assert_ssl_error(r.ssl_err, SSL_ERROR_SSL);
    assert_non_null(strstr(text, "lib(0)"));      /* no library ... */
    assert_null(strstr(text, "unexpected eof")); /* ... and not the reason */
    assert_status(st, OSSL_REF_PREMATURE_CLOSE);
    assert_non_null(strstr(err.text, "unexpected eof"));

    conn_free(&c1);
    conn_free(&c2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_a_stale_queue, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_a_stale_queue_syscall, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_a_handshake_clears_on_entry, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_b_drained_before_classify, test_setup,
                                        test_teardown),
        cmocka_unit_test_setup_teardown(test_c_interleaved_call, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_d_read_must_write, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_d_write_must_read, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_e_premature_close_eof, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_e_premature_close_reset, test_setup,
                                        test_teardown),
        cmocka_unit_test_setup_teardown(test_e_clean_close, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_e_premature_close_default, test_setup,
                                        test_teardown),
        cmocka_unit_test_setup_teardown(test_f_queue_code_as_want, test_setup, test_teardown),
        cmocka_unit_test_setup_teardown(test_f_describe_ssl_code, test_setup, test_teardown),
    };

    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
