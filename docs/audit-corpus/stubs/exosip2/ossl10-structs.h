/* audit shim for exosip2: the OpenSSL 1.0 struct members src/eXtl_tls.c and src/eXtl_dtls.c read
 * and write directly (opaque since OpenSSL 1.1: X509_STORE_CTX's current_cert, read by
 * verify_cb; SSL_CTX's cert_store, given to X509_STORE_add_cert; SSL's rbio, which the DTLS
 * transport replaces by hand with a datagram or memory BIO), completed here so that the two files
 * parse against OpenSSL 3.0's headers; no function is declared */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
struct x509_store_ctx_st { X509 *current_cert; };
struct ssl_ctx_st { X509_STORE *cert_store; };
struct ssl_st { BIO *rbio; };
#endif
