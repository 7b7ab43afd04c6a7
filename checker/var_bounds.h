/* Lower bounds of a function's integer variables, where its own code proves
 * them: constants assigned, copies, comparisons with constants (`if (size ==
 * 0) break;` on a size_t: at least 1 after it) and between variables (`ret
 * == (ssize_t)size`: ret at least what size is). A must-analysis: a bound
 * holds on every path. It lets a comparison between two variables prove a
 * call's result a success (`n = BIO_write(b, p, len); assert(n == len);` with
 * len known positive). */
#ifndef OSSL_LINT_VAR_BOUNDS_H
#define OSSL_LINT_VAR_BOUNDS_H

#include "ir.h"

#include <stdbool.h>

typedef struct var_bounds var_bounds;

/* The bounds of f's variables, or NULL when no branch of f compares two
 * variables (the comparisons with constants need no analysis of their own). */
var_bounds *var_bounds_compute(const ir_function *f);

/* The least value variable v may hold after edge e of block b (its branch's
 * own comparison counted), or LLONG_MIN when nothing is known. Not
 * reentrant: vb keeps one scratch state. */
long long var_bounds_after_edge(const var_bounds *vb, const ir_function *f, int b, int e, int v);

void var_bounds_free(var_bounds *vb);

#endif
