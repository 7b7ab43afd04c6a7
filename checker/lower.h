/* Lowering: from a function's libclang CFG to the IR the rules analyze. */
#ifndef OSSL_LINT_LOWER_H
#define OSSL_LINT_LOWER_H

#include "cfg.h"
#include "ir.h"

#include <clang-c/Index.h>

/* `openssl_dir` names the header directory whose declarations are OpenSSL's. */
ir_function *lower_function(CXCursor fn, const cfg *g, const char *openssl_dir);

/* The expansion location of a cursor's start (a macro's use site). */
ir_loc lower_location(CXCursor c);

#endif
