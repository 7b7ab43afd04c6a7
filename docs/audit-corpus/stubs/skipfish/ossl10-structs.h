/* audit shim for skipfish: the OpenSSL 1.0 struct members http_client.c's check_ssl() reads
 * directly (opaque since OpenSSL 1.1: SSL_CIPHER's algo_strength, X509's cert_info with its
 * validity and issuer, and X509's name), completed here so that http_client.c parses against
 * OpenSSL 3.0's headers; no function is declared */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include <openssl/ssl.h>
#include <openssl/x509.h>
struct ssl_cipher_st { unsigned long algo_strength; };
struct x509_cinf_st { X509_NAME *issuer; X509_VAL *validity; };
struct x509_st { X509_CINF *cert_info; char *name; };
#endif
