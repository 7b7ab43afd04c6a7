/* BIO_set_info_callback() on one of OpenSSL's memory BIOs, in a run with no
 * BIO method of its own: BIO_callback_ctrl(b, BIO_CTRL_SET_CALLBACK, cb) finds
 * no callback_ctrl in the memory method (bss_mem.c) and raises
 * BIO_R_UNSUPPORTED_METHOD (bio_lib.c), which SSL_get_error() then reads:
 * OSSL001 (before, nothing: the derived model says BIO_callback_ctrl is pure;
 * the hand-written one says pushes_on_failure, -2). Its return tested as a
 * success (not -2) proves nothing was pushed: the twin is silent.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

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

int read_logged_checked(SSL *ssl, BIO *conn, char *buf, int len)
{
    ERR_clear_error();
    if (BIO_set_info_callback(conn, trace) == -2)
        return -1;
    int n = SSL_read(ssl, buf, len);
    if (n > 0)
        return n;
    int e = SSL_get_error(ssl, n);
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
