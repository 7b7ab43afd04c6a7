/* audit shim for nxlog-ce: the OpenSSL 1.0 struct member src/common/ssl.c reads directly (opaque
 * since OpenSSL 1.1: SSL_CTX's param, given to X509_VERIFY_PARAM_set_flags by nx_ssl_from_socket),
 * completed here so that ssl.c parses against OpenSSL 3.0's headers; no function is declared */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
struct ssl_ctx_st { X509_VERIFY_PARAM *param; };
#endif
