#include "ir.h"

#include <limits.h>
#include <stdlib.h>

void ir_function_free(ir_function *f) {
  if (!f) return;
  for (int i = 0; i < f->ncalls; i++) {
    free(f->calls[i].callee);
    free(f->calls[i].callee_type);
    free(f->calls[i].callee_alias);
    free(f->calls[i].loc.file);
    for (int a = 0; a < f->calls[i].nargs; a++) free(f->calls[i].args[a].fn);
    free(f->calls[i].args);
    free(f->calls[i].fix_loc.file);
    free(f->calls[i].fix_text);
  }
  for (int i = 0; i < f->nblocks; i++) {
    free(f->blocks[i].ev);
    free(f->blocks[i].succ);
    free(f->blocks[i].loc.file);
    free(f->blocks[i].cond_loc.file);
    free(f->blocks[i].cond_text);
  }
  free(f->calls);
  free(f->blocks);
  for (int i = 0; i < f->ntests; i++) {
    free(f->tests[i].const_name);
    free(f->tests[i].loc.file);
  }
  free(f->tests);
  free(f->vars);
  free(f->rets);
  free(f->name);
  free(f->loc.file);
  free(f);
}

/* The comparison that holds along edge e, or CMP_NONE. */
static ir_cmp_op edge_cmp(const ir_block *b, int e) {
  static const ir_cmp_op negated[] = {[CMP_NONE] = CMP_NONE, [CMP_LT] = CMP_GE, [CMP_LE] = CMP_GT,
                                      [CMP_GT] = CMP_LE,     [CMP_GE] = CMP_LT, [CMP_EQ] = CMP_NE,
                                      [CMP_NE] = CMP_EQ};
  switch (b->succ[e].kind) {
  case IR_EDGE_TRUE: return b->cmp_op;
  case IR_EDGE_FALSE: return negated[b->cmp_op];
  default: return CMP_NONE;
  }
}

bool ir_edge_lower_bound(const ir_block *b, int e, long long *lb) {
  switch (edge_cmp(b, e)) {
  case CMP_GT:
    if (b->cmp_k == LLONG_MAX) return false;
    *lb = b->cmp_k + 1;
    return true;
  case CMP_GE:
  case CMP_EQ: *lb = b->cmp_k; return true;
  default: return false;
  }
}

bool ir_edge_raise_lower_bound(const ir_block *b, int e, long long *lb) {
  long long k;
  if (ir_edge_lower_bound(b, e, &k)) {
    if (k <= *lb) return false;
    *lb = k;
    return true;
  }
  /* n >= 0 known, and now n != 0: n >= 1 */
  if (edge_cmp(b, e) == CMP_NE && b->cmp_k == *lb && *lb != LLONG_MIN && *lb != LLONG_MAX) {
    (*lb)++;
    return true;
  }
  return false;
}

bool ir_cmp_edge_admits(const ir_block *b, int e, long long v) {
  long long k = b->cmp_k;
  switch (edge_cmp(b, e)) {
  case CMP_LT: return v < k;
  case CMP_LE: return v <= k;
  case CMP_GT: return v > k;
  case CMP_GE: return v >= k;
  case CMP_EQ: return v == k;
  case CMP_NE: return v != k;
  case CMP_NONE: break;
  }
  return true;
}

bool ir_cond_edge_admits(const ir_block *b, int e, long long v) {
  const ir_edge *edge = &b->succ[e];
  switch (edge->kind) {
  case IR_EDGE_TRUE: return (v != 0) == b->cond_true_nonzero;
  case IR_EDGE_FALSE: return (v != 0) != b->cond_true_nonzero;
  case IR_EDGE_CASE: return !edge->has_value || edge->value == v;
  case IR_EDGE_DEFAULT: /* no case label matched */
    for (int i = 0; i < b->nsucc; i++) {
      if (b->succ[i].kind != IR_EDGE_CASE) continue;
      if (!b->succ[i].has_value) return true;
      if (b->succ[i].value == v) return false;
    }
    return true;
  case IR_EDGE_ALWAYS: break;
  }
  return true;
}

static bool tests_by_cmp(const ir_block *b, int call, int var) {
  return b->cmp_op != CMP_NONE && ((call >= 0 && b->cmp_call == call) || (var >= 0 && b->cmp_var == var));
}

bool ir_block_tests(const ir_block *b, int call, int var) {
  return tests_by_cmp(b, call, var) || (call >= 0 && b->cond_call == call) || (var >= 0 && b->cond_var == var);
}

bool ir_value_edge_admits(const ir_block *b, int e, int call, int var, long long v) {
  if (tests_by_cmp(b, call, var)) return ir_cmp_edge_admits(b, e, v);
  if (ir_block_tests(b, call, var)) return ir_cond_edge_admits(b, e, v);
  return true;
}
