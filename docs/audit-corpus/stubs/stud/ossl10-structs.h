/* audit shim for stud: the OpenSSL 1.0 struct members stud.c reads directly (opaque since
 * OpenSSL 1.1: SSL_CTX's password callback and its data, X509_NAME_ENTRY's value, SSL's s3->flags),
 * completed here so that stud.c parses against OpenSSL 3.0's headers; no function is declared */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include <openssl/ssl.h>
#include <openssl/x509.h>
struct ssl_ctx_st { pem_password_cb *default_passwd_callback; void *default_passwd_callback_userdata; };
struct X509_name_entry_st { ASN1_OBJECT *object; ASN1_STRING *value; int set; int size; };
struct ssl3_state_st { long flags; };
struct ssl_st { struct ssl3_state_st *s3; };
#endif
