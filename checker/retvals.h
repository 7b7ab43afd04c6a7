/* Return-value summaries: the constants a function returns and, for each,
 * what returning it proves. nginx's ngx_ssl_handle_recv(c, n) returns NGX_OK
 * only after `n > 0`, so a caller that loops on `== NGX_OK` loops only after a
 * successful SSL_read(); and it never returns NGX_OK for n = 0, so a switch
 * over the other values needs no default. */
#ifndef OSSL_LINT_RETVALS_H
#define OSSL_LINT_RETVALS_H

#include "ir.h"

#include <stdbool.h>

enum { RET_TABLE_MAX = 12 };

typedef struct {
  int n; /* distinct values; -1: a path returns something else, or nothing */
  int param; /* the watched parameter, or -1 */
  long long val[RET_TABLE_MAX];
  /* Entry i stands for every value at least val[i] (`if (n > 0) return n;`:
   * an I/O count a wrapper returns), not for val[i] alone. */
  bool range[RET_TABLE_MAX];
  /* The least value of the watched parameter on every path that returns
   * val[i]; LLONG_MIN when nothing is known. */
  long long param_lb[RET_TABLE_MAX];
  unsigned exit_mask[RET_TABLE_MAX]; /* Q_* states of the queue when val[i] is returned */
} ret_table;

/* What f's table is built from that the summaries' rounds do not change: the
 * watched parameter (`classified`, the one f passes to SSL_get_error, else
 * the first int parameter f compares with a constant) and, per return
 * statement reached (in the order of the blocks and their events), the least
 * value of that parameter on the paths to it. Only the queue states at the
 * returns change from round to round (ret_table_from_paths). */
typedef struct {
  int ret;      /* its entry in f->rets */
  long long lb; /* LLONG_MIN: nothing known */
  /* `return v;` of a variable: the least value v holds there on every path
   * (LLONG_MIN: nothing known); `return g(...);`: that call, else -1. */
  long long value_lb;
  int call;
} ret_path;

typedef struct {
  bool computed;
  int classified;    /* what it was computed for */
  int classify_call; /* ... and with */
  int param;      /* the watched parameter, or -1 */
  bool unknown;   /* not an int-like return type, or a path falls off the end */
  ret_path *at;
  int n, cap;
} ret_paths;

/* classify_call: the call of f that classifies parameter `classified`
 * (SSL_get_error(ssl, n)), or -1; where its result is known to be
 * `none_code` (SSL_ERROR_NONE, which it says only for a result above 0), the
 * parameter is at least 1. */
void ret_paths_compute(const ir_function *f, int classified, int classify_call, long long none_code,
                       ret_paths *out);
void ret_paths_free(ret_paths *rp);

/* `return v;` where v holds one of a few constants on every way there
 * (`status = AGAIN;` under a want's case, `status = ERROR;` in the default):
 * each constant and the queue states where v holds it. n <= 0: not known. */
typedef struct {
  int n;
  long long val[IR_RET_MAX_VALUES];
  unsigned mask[IR_RET_MAX_VALUES];
} ret_split;

/* Build f's table from its paths; `ret_mask` holds the queue states at each
 * of f->rets (0: never reached). A `return v;` whose v is known positive
 * there gives a range entry, or, with splits[r] (NULL: none), the constants
 * it holds; a `return g(...);` gives the entries of call_tables[call] (the
 * table of what that call returns, each entry's queue as at f's return; NULL
 * or n < 0: not known). */
void ret_table_from_paths(const ir_function *f, const ret_paths *rp, const unsigned *ret_mask,
                          const ret_table *const *call_tables, const ret_split *splits, ret_table *out);

/* Whether entry i of t may be the value branch b tests (the result of `call`,
 * or variable `var`) along edge e. */
bool ret_entry_admitted(const ret_table *t, int i, const ir_block *b, int e, int call, int var);

bool ret_table_equal(const ret_table *a, const ret_table *b);

/* Into `into`, the table of a call that may reach either function: every
 * value of both, the weaker bound and both queue states (n < 0 if either is). */
void ret_table_join(ret_table *into, const ret_table *other);

/* The entries that may be returned when the watched parameter is `arg`. */
unsigned ret_table_possible_for(const ret_table *t, long long arg);

/* The entries that prove the watched parameter was at least `min`. */
unsigned ret_table_proving(const ret_table *t, long long min);

#endif
