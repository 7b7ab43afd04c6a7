/* audit shim for citadel: the OpenSSL 1.0 struct members serv_crypto.c reads or writes directly
 * (opaque since OpenSSL 1.1: DH's p, g and length in init_ssl, X509_REQ's req_info->subject in
 * init_ssl, SSL's rbio in CtdlStartTLS), completed here so that serv_crypto.c parses against
 * OpenSSL 3.0's headers; no function is declared. sysdep.h (configure's header, macros only) comes
 * first so that its _GNU_SOURCE is set before any system header, as in the files that include it first */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include "sysdep.h"
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/dh.h>
struct dh_st { int pad; int version; BIGNUM *p; BIGNUM *g; long length; };
struct X509_req_info_st { ASN1_INTEGER *version; X509_NAME *subject; };
struct X509_req_st { X509_REQ_INFO *req_info; };
struct ssl_st { int version; int type; const SSL_METHOD *method; BIO *rbio; BIO *wbio; };
#endif
