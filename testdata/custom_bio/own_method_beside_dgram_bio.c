/* A run that makes a BIO method of its own (stream sockets, cqueues'
 * so_newbio()) and also gives datagram sockets OpenSSL's own BIO
 * (BIO_new_dgram(), cqueues' so_starttls_(), src/lib/socket.c). A BIO_ctrl()
 * on a local that only ever holds BIO_new_dgram()'s result runs OpenSSL's
 * datagram method, whose BIO_CTRL_DGRAM_SET_CONNECTED the derived model says
 * pushes nothing: between the clear and the handshake it leaves the queue
 * empty (before, OSSL001: with a method of the run's own, every BIO_ctrl() was
 * taken as one that may run it). The twins keep their findings: the same ctrl
 * on a BIO handed in as a parameter, which may be of the run's own method; and
 * BIO_set_info_callback() on a local memory BIO, BIO_callback_ctrl(b,
 * BIO_CTRL_SET_CALLBACK, cb), which OpenSSL's memory method has no
 * callback_ctrl for: bio_lib.c raises BIO_R_UNSUPPORTED_METHOD (the model's
 * BIO_callback_ctrl is pushes_on_failure; the derived one said pure; found by
 * the review of this change).
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int sock_write(BIO *b, const char *buf, int len) { (void)b; (void)buf; return len; }
static int sock_read(BIO *b, char *buf, int len) { (void)b; (void)buf; (void)len; return 0; }
static long sock_ctrl(BIO *b, int cmd, long num, void *ptr) { (void)b; (void)cmd; (void)num; (void)ptr; return 1; }

BIO *stream_bio(int fd)
{
    BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOURCE_SINK, "stream");
    BIO_meth_set_write(m, sock_write);
    BIO_meth_set_read(m, sock_read);
    BIO_meth_set_ctrl(m, sock_ctrl);
    BIO *b = BIO_new(m);
    BIO_set_data(b, (void *)(long)fd);
    return b;
}

int start_dtls(SSL *ssl, int fd, BIO_ADDR *peer)
{
    BIO *bio = BIO_new_dgram(fd, BIO_NOCLOSE);
    if (bio == NULL)
        return -1;
    ERR_clear_error();
    BIO_ctrl_set_connected(bio, peer);
    SSL_set_bio(ssl, bio, bio);
    int rval = SSL_do_handshake(ssl);
    if (rval > 0)
        return 0;
    int e = SSL_get_error(ssl, rval);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 1 : -1;
}

int start_given(SSL *ssl, BIO *bio, BIO_ADDR *peer)
{
    ERR_clear_error();
    BIO_ctrl_set_connected(bio, peer);
    SSL_set_bio(ssl, bio, bio);
    int rval = SSL_do_handshake(ssl); // expect: OSSL001
    if (rval > 0)
        return 0;
    int e = SSL_get_error(ssl, rval);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 1 : -1;
}

static int trace(BIO *b, int state, int res) { (void)b; (void)state; (void)res; return 1; }

int read_logged(SSL *ssl, char *buf, int len)
{
    BIO *log = BIO_new(BIO_s_mem());
    if (log == NULL)
        return -1;
    ERR_clear_error();
    BIO_set_info_callback(log, trace);
    int n = SSL_read(ssl, buf, len); // expect: OSSL001
    BIO_free(log);
    if (n > 0)
        return n;
    int e = SSL_get_error(ssl, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
