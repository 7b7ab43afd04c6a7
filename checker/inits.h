/* Method tables: which functions initializers store in which struct fields,
 * so that a call through `s->method->ssl_read` can be resolved to them
 * (--derive-model). */
#ifndef OSSL_LINT_INITS_H
#define OSSL_LINT_INITS_H

#include "frontend.h"

#include <clang-c/Index.h>

/* Append "STRUCT.FIELD FUNCTION" to r->inits for every function an initializer
 * of the main file stores in a field (at file scope or in a function). In
 * place of FUNCTION: "@dispatch:ID" (what a dispatch table gives for ID),
 * "@param:FUNC:J" (FUNC's parameter J), "@field:KEY" (what field KEY holds),
 * "@set" (any other value). */
void inits_collect(CXTranslationUnit tu, tu_result *r);

#endif
