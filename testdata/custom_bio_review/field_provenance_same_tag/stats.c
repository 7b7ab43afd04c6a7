/* module 1: its private struct ctx keeps a memory BIO */
#include <openssl/ssl.h>
#include <openssl/bio.h>
struct ctx { SSL *ssl; BIO *out; };
void stats_init(struct ctx *c) { c->out = BIO_new(BIO_s_mem()); }
