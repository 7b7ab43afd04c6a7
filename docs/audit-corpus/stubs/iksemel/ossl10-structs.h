/* audit shim for iksemel: the OpenSSL 1.0 struct members src/tls-openssl.c uses directly (opaque
 * since OpenSSL 1.1: BIO's init, num, ptr and flags, set by its transport BIO's create/destroy and
 * read through b->ptr; BIO_METHOD, which it writes as a positional initializer), completed here so
 * that the file parses against OpenSSL 3.0's headers; no function is declared */
#ifndef AUDIT_SHIM_OSSL10_STRUCTS_H
#define AUDIT_SHIM_OSSL10_STRUCTS_H
#include <openssl/bio.h>
struct bio_method_st {
	int type; const char *name;
	int (*bwrite)(BIO *, const char *, int); int (*bread)(BIO *, char *, int);
	int (*bputs)(BIO *, const char *); int (*bgets)(BIO *, char *, int);
	long (*ctrl)(BIO *, int, long, void *);
	int (*create)(BIO *); int (*destroy)(BIO *);
	long (*callback_ctrl)(BIO *, int, BIO_info_cb *);
};
struct bio_st { const BIO_METHOD *method; int init; int shutdown; int flags; int retry_reason; int num; void *ptr; };
#endif
