/* klone (2014) reads members of structures that OpenSSL 1.1 made opaque; OpenSSL 3.0's
 * headers only declare these tags, so give them the few members klone touches (for the
 * ossl-lint audit only: the layout is not OpenSSL's and nothing is built with it). */
#ifndef KLONE_AUDIT_OSSL10_STRUCTS_H
#define KLONE_AUDIT_OSSL10_STRUCTS_H
#include <openssl/types.h>
#include <openssl/x509.h>
struct hmac_ctx_st { void *opaque_; };                     /* klone/ses_prv.h: HMAC_CTX field */
struct x509_store_ctx_st { X509 *current_cert; };           /* src/libtls/tls.c cb_vfy */
struct ssl_ctx_st { X509_STORE *cert_store; STACK_OF(X509) *extra_certs; }; /* tls_glue.c */
#endif
