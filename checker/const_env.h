/* The constants a few local variables hold along one way through a
 * function's CFG (`err = SSL_ERROR_ZERO_RETURN; ... switch (err)`), for walks
 * that follow ways one at a time: a branch on such a variable is taken only
 * where its constant may go. A variable is followed only while nothing the IR
 * does not see may change it: not a field reached through a pointer, and not
 * one whose address is taken unless every `&v` is a call's argument (then
 * the calls given `&v` and the stores through pointers forget it). */
#ifndef OSSL_LINT_CONST_ENV_H
#define OSSL_LINT_CONST_ENV_H

#include "ir.h"

#include <stdbool.h>

enum { CONST_ENV_VARS = 4 };

typedef struct {
  int n;
  int var[CONST_ENV_VARS];
} const_env_vars;

typedef struct {
  unsigned known; /* bit i: var[i] holds val[i] */
  long long val[CONST_ENV_VARS];
} const_env;

/* The variables worth following in f (at most CONST_ENV_VARS, `skip` aside):
 * given a constant somewhere and tested by some branch. */
void const_env_choose(const ir_function *f, int skip, const_env_vars *out);

/* e after the events of block b. */
void const_env_block(const ir_function *f, const const_env_vars *vs, const ir_block *b, const_env *e);

/* Whether edge `edge` of block b may be taken with the constants e knows. */
bool const_env_edge_admits(const const_env_vars *vs, const const_env *e, const ir_block *b, int edge);

#endif
