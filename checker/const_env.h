/* The constants a few local variables hold along one way through a
 * function's CFG (`err = SSL_ERROR_ZERO_RETURN; ... switch (err)`), for walks
 * that follow ways one at a time: a branch on such a variable is taken only
 * where its constant may go. A variable is followed only while nothing the IR
 * does not see may change it: not a field reached through a pointer, and not
 * one whose address is taken unless every `&v` is a call's argument (then
 * the calls given `&v` and the stores through pointers forget it, and once a
 * call that may keep the address has run, every call). Only variables that
 * hold a constant as written: signed integers at least as wide as int, enums
 * and pointers (not a char, a _Bool, an unsigned, a struct's fields). */
#ifndef OSSL_LINT_CONST_ENV_H
#define OSSL_LINT_CONST_ENV_H

#include "ir.h"

#include <stdbool.h>

enum { CONST_ENV_VARS = 4 };

typedef struct {
  int n;
  int var[CONST_ENV_VARS];
  /* Per call of the function, bit i: it is given &var[i] and may keep it (a
   * callee outside the run, or one that stores or passes on that
   * parameter); NULL: every call given an address may keep it. */
  const unsigned *keeps;
  unsigned kept; /* bit i: some call that may keep &var[i] is given it */
} const_env_vars;

typedef struct {
  unsigned known;   /* bit i: var[i] holds val[i] */
  unsigned escaped; /* bit i: a call that may keep &var[i] has run (or may have, before the walk) */
  long long val[CONST_ENV_VARS];
} const_env;

/* The variables worth following in f (at most CONST_ENV_VARS, `skip` aside):
 * given a constant somewhere and tested by some branch. */
void const_env_choose(const ir_function *f, int skip, const_env_vars *out);

/* Whether call k of f is given the address of v (`&v`). */
bool const_env_call_gets_address(const ir_function *f, int k, int v);

/* Sets vs->keeps (kept by vs; see const_env_vars) and vs->kept. */
void const_env_set_keeps(const ir_function *f, const unsigned *keeps, const_env_vars *vs);

/* The state a walk starts with: nothing known; escaped where a call that
 * may keep the address is given it anywhere in the function. */
const_env const_env_start(const const_env_vars *vs);

/* e after the events of block b. */
void const_env_block(const ir_function *f, const const_env_vars *vs, const ir_block *b, const_env *e);

/* Whether edge `edge` of block b may be taken with the constants e knows. */
bool const_env_edge_admits(const const_env_vars *vs, const const_env *e, const ir_block *b, int edge);

#endif
