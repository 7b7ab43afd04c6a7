/* audit shim for kannel: the OpenSSL 1.0 struct member gwlib/conn.c reads directly (opaque since
 * OpenSSL 1.1: X509_STORE_CTX's current_cert, read by verify_callback), completed here so that
 * conn.c parses against OpenSSL 3.0's headers; no function is declared */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
struct x509_store_ctx_st { X509 *current_cert; };
#endif
