/* What a path leaves its caller (OSSL005): from the block where a value is
 * known (a classification's result), the path each of two values of it takes,
 * and whether the caller can tell the two apart by what the paths do until
 * they return: the constant returned, the constants stored in locals, fields
 * and out-parameters, the calls made. */
#ifndef OSSL_LINT_OUTCOME_H
#define OSSL_LINT_OUTCOME_H

#include "ir.h"

#include <stdbool.h>

typedef struct {
  int call, var; /* the value: a call's result, and the variable holding it (or -1) */
} outcome_subject;

/* Whether the value being a and being b, from block `home` on, take separate
 * paths (a's singled out: every edge into it rules out each of `others`) that
 * leave the caller the same outcome. A branch on anything else, a loop, a `? :`
 * or a value that is not a constant on either path makes the outcome unknown:
 * false; so does a copy of the value anywhere in f (`r.code = err`). Paths are not merged where they meet, since code after that may
 * still depend on the way taken. */
bool outcome_same(const ir_function *f, int home, const outcome_subject *s, long long a, long long b,
                  const long long *others, int nothers);

/* What some calls of f surely return: call k returns value[k] where
 * known[k] (a project function that returns the parameter given the
 * constant, `return set_status(c, CLOSED, -1);`). */
typedef struct {
  const bool *known;
  const long long *value;
} outcome_calls;

/* Whether every path the value being v may take from block `home` ends in a
 * return of negative constants (`return -EIO;`, or `n = -1; ... return n;`
 * with n a local of f's own, or `return g(...);` of a call that `calls`, if
 * not NULL, knows to return one) and sets nothing else on the way (calls
 * only: a log line, also under an `if` of its own): all the caller learns is
 * a failure. */
bool outcome_fails(const ir_function *f, int home, const outcome_subject *s, long long v, const outcome_calls *calls);

/* Whether the value being a and being b, from event `from` of block `home`
 * on, makes f do the same thing: every branch on it takes the same edges for
 * both, and nothing else reads it (an argument, a copy, a comparison with
 * another variable) until it is given a new value from a call or a constant,
 * or f returns. Branches on anything else are followed both ways, loops once.
 * *returned: f may return the value itself (`return ret;`), where the
 * difference, if any, is its callers'. A variable read anywhere else
 * (ir_var.opaque_reads: `ret * 2`, `table[ret]`, `(unsigned)ret == k`) and a
 * `case` range make the two not known alike: false. */
bool outcome_alike(const ir_function *f, int home, int from, const outcome_subject *s, long long a, long long b,
                   bool *returned);

#endif
