/*
 * A datagram agent's TLS over memory BIOs (the shape of net-snmp's TLS and
 * DTLS transports): between SSL_connect() and SSL_get_error() the loop pumps
 * what the handshake wrote out of the write BIO with BIO_read(). BIO_read()
 * pushes only for a NULL or uninitialised BIO or one without a read method,
 * never in a memory BIO's own code, and the run makes no BIO whose reads
 * push (a file, SSL, connect or accept BIO, or a method of its own): the
 * classification is not OSSL002.
 * pump_handed_bio_twin reads a BIO it is handed, which may be an SSL BIO made
 * elsewhere, whose read pushes the SSL's errors: OSSL002.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

int send_raw(int fd, const char *buf, int n);
int recv_raw(int fd, char *buf, int n);

static int run_handshake(SSL *ssl, int fd)
{
    BIO *wbio = SSL_get_wbio(ssl), *rbio = SSL_get_rbio(ssl);
    char buf[4096];
    int rc, err, bytes;

    for (;;) {
        ERR_clear_error();
        rc = SSL_connect(ssl);
        if (rc == 1)
            return 1;
        /* flush what the handshake wrote into the memory BIO */
        while ((bytes = BIO_read(wbio, buf, sizeof(buf))) > 0)
            if (send_raw(fd, buf, bytes) < 0)
                return -1;
        err = SSL_get_error(ssl, rc);
        if (err == SSL_ERROR_WANT_READ) {
            bytes = recv_raw(fd, buf, sizeof(buf));
            if (bytes <= 0)
                return -1;
            BIO_write(rbio, buf, bytes);
        } else if (err != SSL_ERROR_WANT_WRITE) {
            return -1;
        }
    }
}

int open_client(SSL_CTX *ctx, int fd)
{
    SSL *ssl = SSL_new(ctx);
    BIO *r, *w;

    if (!ssl)
        return -1;
    r = BIO_new(BIO_s_mem());
    w = BIO_new(BIO_s_mem());
    if (!r || !w) {
        BIO_free(r);
        BIO_free(w);
        SSL_free(ssl);
        return -1;
    }
    SSL_set_bio(ssl, r, w);
    SSL_set_connect_state(ssl);
    return run_handshake(ssl, fd);
}

int pump_handed_bio_twin(SSL *ssl, BIO *from, int fd)
{
    char buf[4096];
    int rc, bytes;

    ERR_clear_error();
    rc = SSL_connect(ssl);
    if (rc == 1)
        return 1;
    while ((bytes = BIO_read(from, buf, sizeof(buf))) > 0) // expect: OSSL002
        if (send_raw(fd, buf, bytes) < 0)
            return -1;
    if (SSL_get_error(ssl, rc) == SSL_ERROR_WANT_READ || SSL_get_error(ssl, rc) == SSL_ERROR_WANT_WRITE)
        return 0;
    return -1;
}
