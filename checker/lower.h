/* Lowering: from a function's libclang CFG to the IR the rules analyze. */
#ifndef OSSL_LINT_LOWER_H
#define OSSL_LINT_LOWER_H

#include "cfg.h"
#include "ir.h"

#include <clang-c/Index.h>

/* `openssl_dir` names the header directory whose declarations are OpenSSL's. */
ir_function *lower_function(CXCursor fn, const cfg *g, const char *openssl_dir);

/* Whether path is an OpenSSL header: a file directly in a directory named
 * openssl_dir (`openssl`) that sits in an `include` directory
 * (`/usr/include/openssl/ssl.h`, `vendor/openssl/include/openssl/ssl.h`), not
 * a project's own `lib/tls/openssl/private.h`. */
bool lower_is_openssl_header(const char *openssl_dir, const char *path);

/* The expansion location of a cursor's start (a macro's use site). */
ir_loc lower_location(CXCursor c);

#endif
