/* Return-value summaries: the constants a function returns and, for each,
 * what returning it proves. nginx's ngx_ssl_handle_recv(c, n) returns NGX_OK
 * only after `n > 0`, so a caller that loops on `== NGX_OK` loops only after a
 * successful SSL_read(); and it never returns NGX_OK for n = 0, so a switch
 * over the other values needs no default. */
#ifndef OSSL_LINT_RETVALS_H
#define OSSL_LINT_RETVALS_H

#include "ir.h"

#include <stdbool.h>

enum { RET_TABLE_MAX = 8 };

typedef struct {
  int n; /* distinct values; -1: a path returns something else, or nothing */
  long long val[RET_TABLE_MAX];
  /* The least value of the watched parameter on every path that returns
   * val[i]; LLONG_MIN when nothing is known. */
  long long param_lb[RET_TABLE_MAX];
  unsigned exit_mask[RET_TABLE_MAX]; /* Q_* states of the queue when val[i] is returned */
} ret_table;

/* Build f's table. `param` is the parameter to watch (or -1), `ret_mask` the
 * queue states at each of f->rets (0: that return is never reached). */
void ret_table_compute(const ir_function *f, int param, const unsigned *ret_mask, ret_table *out);

bool ret_table_equal(const ret_table *a, const ret_table *b);

/* The entries that may be returned when the watched parameter is `arg`. */
unsigned ret_table_possible_for(const ret_table *t, long long arg);

/* The entries that prove the watched parameter was at least `min`. */
unsigned ret_table_proving(const ret_table *t, long long min);

#endif
