#include "ir.h"

#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

void ir_function_free(ir_function *f) {
  if (!f) return;
  for (int i = 0; i < f->ncalls; i++) {
    free(f->calls[i].callee);
    free(f->calls[i].callee_type);
    free(f->calls[i].callee_fntype);
    free(f->calls[i].callee_field);
    free(f->calls[i].result_field);
    free(f->calls[i].callee_alias);
    free(f->calls[i].macro);
    free(f->calls[i].loc.file);
    for (int a = 0; a < f->calls[i].nargs; a++) {
      free(f->calls[i].args[a].fn);
      free(f->calls[i].args[a].field);
    }
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
  for (int v = 0; v < f->nvars; v++) free(f->vars[v].field);
  free(f->vars);
  free(f->rets);
  free(f->name);
  free(f->fntype);
  free(f->loc.file);
  free(f);
}

ir_cmp_op ir_cmp_negated(ir_cmp_op op) {
  static const ir_cmp_op negated[] = {[CMP_NONE] = CMP_NONE, [CMP_LT] = CMP_GE, [CMP_LE] = CMP_GT,
                                      [CMP_GT] = CMP_LE,     [CMP_GE] = CMP_LT, [CMP_EQ] = CMP_NE,
                                      [CMP_NE] = CMP_EQ};
  return negated[op];
}

ir_cmp_op ir_cmp_swapped(ir_cmp_op op) {
  static const ir_cmp_op swapped[] = {[CMP_NONE] = CMP_NONE, [CMP_LT] = CMP_GT, [CMP_LE] = CMP_GE,
                                      [CMP_GT] = CMP_LT,     [CMP_GE] = CMP_LE, [CMP_EQ] = CMP_EQ,
                                      [CMP_NE] = CMP_NE};
  return swapped[op];
}

ir_cmp_op ir_cmp_on_edge(const ir_block *b, int e, ir_cmp_op op) {
  switch (b->succ[e].kind) {
  case IR_EDGE_TRUE: return op;
  case IR_EDGE_FALSE: return ir_cmp_negated(op);
  default: return CMP_NONE;
  }
}

/* The comparison with the constant that holds along edge e, or CMP_NONE. */
static ir_cmp_op edge_cmp(const ir_block *b, int e) { return ir_cmp_on_edge(b, e, b->cmp_op); }

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

bool ir_cmp_holds(ir_cmp_op op, long long v, long long k) {
  switch (op) {
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

bool ir_cmp_holds_from(ir_cmp_op op, long long lo, long long k) {
  switch (op) {
  case CMP_LT: return lo < k;
  case CMP_LE:
  case CMP_EQ: return lo <= k;
  case CMP_GT:
  case CMP_GE:
  case CMP_NE:
  case CMP_NONE: break;
  }
  return true;
}

bool ir_cmp_edge_admits(const ir_block *b, int e, long long v) { return ir_cmp_holds(edge_cmp(b, e), v, b->cmp_k); }

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

/* Whether some value at least lo may pass a comparison with a constant along e. */
static bool cmp_edge_admits_from(const ir_block *b, int e, long long lo) {
  return ir_cmp_holds_from(edge_cmp(b, e), lo, b->cmp_k);
}

/* ... and along a truth test's or a switch's edge. */
static bool cond_edge_admits_from(const ir_block *b, int e, long long lo) {
  const ir_edge *edge = &b->succ[e];
  switch (edge->kind) {
  case IR_EDGE_TRUE:
  case IR_EDGE_FALSE: /* some value of the range is non-zero; zero only if the range holds it */
    return ir_cond_edge_admits(b, e, lo > 0 ? lo : 1) || (lo <= 0 && ir_cond_edge_admits(b, e, 0));
  case IR_EDGE_CASE: return !edge->has_value || edge->value >= lo;
  case IR_EDGE_DEFAULT: return true; /* the labels cannot cover every value from lo up */
  case IR_EDGE_ALWAYS: break;
  }
  return true;
}

bool ir_range_edge_admits(const ir_block *b, int e, int call, int var, long long lo) {
  if (tests_by_cmp(b, call, var)) return cmp_edge_admits_from(b, e, lo);
  if (ir_block_tests(b, call, var)) return cond_edge_admits_from(b, e, lo);
  return true;
}

unsigned ir_codes_edge_admits(const ir_block *b, int e, int call, int var, unsigned codes) {
  unsigned out = 0;
  for (int v = 0; v <= IR_CODE_LARGE; v++) {
    if (!(codes >> v & 1)) continue;
    long long value = v == IR_CODE_NEGATIVE ? -1 : v == IR_CODE_LARGE ? 1000 : v; /* stands for its range */
    if (ir_value_edge_admits(b, e, call, var, value)) out |= 1u << v;
  }
  return out;
}

bool ir_arg_names_object(const ir_arg *a, const char *key) {
  return a->kind == ARG_OTHER && a->field && key && !strcmp(a->field, key);
}

bool ir_call_position(const ir_function *f, int call, int *block, int *ev) {
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++)
      if (f->blocks[b].ev[i].kind == EV_CALL && f->blocks[b].ev[i].call == call) {
        *block = b;
        *ev = i;
        return true;
      }
  return false;
}

bool ir_assigns(const ir_function *f, int var) {
  if (var < f->nvars && f->vars[var].addr_taken) return true;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++)
      if (f->blocks[b].ev[i].kind == EV_DEF && f->blocks[b].ev[i].var == var) return true;
  return false;
}

bool ir_fntype_part_may_be_enum(const char *fntype, int part) {
  if (!fntype) return true;
  const char *open = strchr(fntype, '(');
  if (!open) return true;
  if (open[1] == '*') return true; /* returns a function pointer: `int (*(int))(char)` */
  if (part < 0) return !strncmp(fntype, "enum ", 5);
  int depth = 0, at = 0;
  const char *start = open + 1;
  for (const char *c = open + 1; *c; c++) {
    if (*c == '(') depth++;
    else if (*c == ')' && depth-- == 0) break;
    else if (*c == ',' && depth == 0) {
      if (at == part) break;
      at++;
      start = c + 1;
    }
  }
  if (at != part) return true;
  while (*start == ' ') start++;
  if (!strncmp(start, "const ", 6)) start += 6;
  return !strncmp(start, "enum ", 5);
}

int ir_returned_param(const ir_function *f) {
  if (!f->returns_int_like || f->has_asm || ir_fntype_part_may_be_enum(f->fntype, -1)) return -1;
  int p = -1;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      if (ev->call >= 0 || ev->var < 0 || ev->var >= f->nparams || (p >= 0 && ev->var != p)) return -1;
      p = ev->var;
    }
  return p >= 0 && f->vars[p].int_like && !ir_fntype_part_may_be_enum(f->fntype, p) && !ir_assigns(f, p) ? p : -1;
}

bool ir_var_copied(const ir_function *f, int v) {
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if ((ev->kind == EV_DEF || ev->kind == EV_STORE) && ev->src_var == v) return true;
    }
  return false;
}

bool ir_var_computed(const ir_function *f, int v) {
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind == EV_DEF && ev->var == v && ev->src_call < 0 && !ev->has_value && ev->src_var < 0) return true;
    }
  return false;
}

static bool defined_only_by(const ir_function *f, int v, bool (*ok)(const ir_function *f, int call, const void *data),
                            const void *data, bool null_too) {
  bool any = false;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_DEF || ev->var != v) continue;
      if (null_too && ev->src_call < 0 && ev->has_value && ev->value == 0 && f->vars[v].pointer) continue;
      if (ev->src_call < 0 || !ok(f, ev->src_call, data)) return false;
      any = true;
    }
  return any;
}

bool ir_defined_only_by_calls(const ir_function *f, int v, bool (*ok)(const ir_function *f, int call, const void *data),
                              const void *data) {
  return defined_only_by(f, v, ok, data, false);
}

bool ir_defined_only_by_calls_or_null(const ir_function *f, int v,
                                      bool (*ok)(const ir_function *f, int call, const void *data), const void *data) {
  return defined_only_by(f, v, ok, data, true);
}

static bool is_call(const ir_function *f, int call, const void *data) {
  (void)f;
  return call == *(const int *)data;
}

bool ir_defined_only_by_call(const ir_function *f, int v, int call) {
  return ir_defined_only_by_calls(f, v, is_call, &call);
}

bool ir_block_on_cycle(const ir_function *f, int b) {
  /* a block is pushed once, when first seen: the stack never holds more
   * than nblocks (before, a successor pushed twice could fill it, and what
   * did not fit was dropped) */
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), n = 0;
  bool cycle = false;
  for (int x = b; !cycle;) {
    for (int e = 0; e < f->blocks[x].nsucc && !cycle; e++) {
      int to = f->blocks[x].succ[e].to;
      if (to == b) cycle = true;
      else if (to >= 0 && to < f->nblocks && !seen[to]) {
        seen[to] = true;
        stack[n++] = to;
      }
    }
    if (n == 0) break;
    x = stack[--n];
  }
  free(seen);
  free(stack);
  return cycle;
}

/* Whether on every way back from event `at` of block `block` (exclusive)
 * the last definition of v is one `judge` accepts (1; -1: refused), none
 * reaching the function's entry without one. */
static bool every_last_def(const ir_function *f, int v, int block, int at, int (*judge)(const ir_event *, void *),
                           void *data) {
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), n = 0;
  bool ok = true;
  int blk = block, from = at;
  for (;;) {
    int found = 0; /* 1: an accepted definition ends this way; -1: another */
    for (int i = from - 1; i >= 0 && !found; i--) {
      const ir_event *ev = &f->blocks[blk].ev[i];
      if (ev->kind == EV_DEF && ev->var == v) found = judge(ev, data);
    }
    if (found < 0 || (!found && blk == f->entry)) {
      ok = false;
      break;
    }
    for (int p = 0; p < f->nblocks && !found; p++)
      for (int e = 0; e < f->blocks[p].nsucc; e++)
        if (f->blocks[p].succ[e].to == blk && !seen[p]) {
          seen[p] = true;
          stack[n++] = p;
          break;
        }
    if (n == 0) break;
    blk = stack[--n];
    from = f->blocks[blk].nev;
  }
  free(seen);
  free(stack);
  return ok;
}

static int given_by_call(const ir_event *ev, void *data) { return ev->src_call == *(int *)data ? 1 : -1; }

bool ir_var_last_given_by_at(const ir_function *f, int v, int call, int block, int at) {
  return every_last_def(f, v, block, at, given_by_call, &call);
}

bool ir_var_last_given_by(const ir_function *f, int v, int call, int block) {
  return ir_var_last_given_by_at(f, v, call, block, f->blocks[block].nev);
}

bool ir_var_aliasable(const ir_function *f, int v) {
  return f->vars[v].path_root >= 0 || f->vars[v].addr_taken || f->vars[v].is_global;
}

bool ir_var_is_local(const ir_function *f, int v) { return f->vars[v].path_root < 0 && !f->vars[v].is_global; }

bool ir_branches_on(const ir_function *f, int var) {
  for (int b = 0; b < f->nblocks; b++) {
    const ir_block *blk = &f->blocks[b];
    if ((blk->cmp_op != CMP_NONE && blk->cmp_var == var) || blk->cond_var == var) return true;
  }
  return false;
}

/* ---- copies ---- */

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

/* memcpy of n bytes, where src may be NULL when n is 0. */
static void copy_bytes(void *dst, const void *src, size_t n) {
  if (n) memcpy(dst, src, n);
}

ir_function *ir_function_clone(const ir_function *f, const char *name) {
  ir_function *c = xmalloc(sizeof *c);
  *c = *f;
  c->name = xstrdup(name);
  c->fntype = dup_or_null(f->fntype);
  c->loc.file = dup_or_null(f->loc.file);
  c->vars = xmalloc(((size_t)f->nvars + 1) * sizeof *c->vars);
  copy_bytes(c->vars, f->vars, (size_t)f->nvars * sizeof *c->vars);
  for (int v = 0; v < f->nvars; v++) c->vars[v].field = dup_or_null(f->vars[v].field);
  c->blocks = xmalloc(((size_t)f->nblocks + 1) * sizeof *c->blocks);
  for (int b = 0; b < f->nblocks; b++) {
    ir_block *nb = &c->blocks[b];
    *nb = f->blocks[b];
    nb->ev = xmalloc(((size_t)nb->nev + 1) * sizeof *nb->ev);
    copy_bytes(nb->ev, f->blocks[b].ev, (size_t)nb->nev * sizeof *nb->ev);
    nb->ev_cap = nb->nev + 1;
    nb->succ = xmalloc(((size_t)nb->nsucc + 1) * sizeof *nb->succ);
    copy_bytes(nb->succ, f->blocks[b].succ, (size_t)nb->nsucc * sizeof *nb->succ);
    nb->loc.file = dup_or_null(f->blocks[b].loc.file);
    nb->cond_loc.file = dup_or_null(f->blocks[b].cond_loc.file);
    nb->cond_text = dup_or_null(f->blocks[b].cond_text);
  }
  c->calls = xmalloc(((size_t)f->ncalls + 1) * sizeof *c->calls);
  c->calls_cap = f->ncalls + 1;
  for (int i = 0; i < f->ncalls; i++) {
    ir_call *k = &c->calls[i];
    *k = f->calls[i];
    k->callee = dup_or_null(k->callee);
    k->callee_alias = dup_or_null(k->callee_alias);
    k->macro = dup_or_null(k->macro);
    k->callee_type = dup_or_null(k->callee_type);
    k->callee_fntype = dup_or_null(k->callee_fntype);
    k->callee_field = dup_or_null(k->callee_field);
    k->result_field = dup_or_null(k->result_field);
    k->loc.file = dup_or_null(k->loc.file);
    k->fix_loc.file = dup_or_null(k->fix_loc.file);
    k->fix_text = dup_or_null(k->fix_text);
    k->args = xmalloc(((size_t)k->nargs + 1) * sizeof *k->args);
    copy_bytes(k->args, f->calls[i].args, (size_t)k->nargs * sizeof *k->args);
    for (int a = 0; a < k->nargs; a++) {
      k->args[a].fn = dup_or_null(k->args[a].fn);
      k->args[a].field = dup_or_null(k->args[a].field);
    }
  }
  c->tests = xmalloc(((size_t)f->ntests + 1) * sizeof *c->tests);
  copy_bytes(c->tests, f->tests, (size_t)f->ntests * sizeof *c->tests);
  for (int i = 0; i < f->ntests; i++) {
    c->tests[i].const_name = dup_or_null(c->tests[i].const_name);
    c->tests[i].loc.file = dup_or_null(c->tests[i].loc.file);
  }
  c->tests_cap = f->ntests + 1;
  c->rets = xmalloc(((size_t)f->nrets + 1) * sizeof *c->rets);
  copy_bytes(c->rets, f->rets, (size_t)f->nrets * sizeof *c->rets);
  c->rets_cap = f->nrets + 1;
  return c;
}

/* The blocks a pruned copy no longer reaches: their events go, and their calls
 * name no function (a summary reads every call, reached or not). */
void ir_drop_unreachable(ir_function *c) {
  bool *seen = xcalloc((size_t)c->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)c->nblocks + 1) * sizeof *stack), top = 0;
  stack[top++] = c->entry;
  seen[c->entry] = true;
  while (top) {
    const ir_block *b = &c->blocks[stack[--top]];
    for (int e = 0; e < b->nsucc; e++)
      if (!seen[b->succ[e].to]) {
        seen[b->succ[e].to] = true;
        stack[top++] = b->succ[e].to;
      }
  }
  for (int b = 0; b < c->nblocks; b++) {
    if (seen[b]) continue;
    for (int i = 0; i < c->blocks[b].nev; i++)
      if (c->blocks[b].ev[i].kind == EV_CALL) {
        ir_call *k = &c->calls[c->blocks[b].ev[i].call];
        free(k->callee);
        k->callee = xstrdup(IR_UNREACHABLE_CALLEE);
        k->via_pointer = k->callee_openssl = k->callee_system = false;
      }
    c->blocks[b].nev = 0;
    c->blocks[b].nsucc = 0;
  }
  free(seen);
  free(stack);
}

void ir_bind_param(ir_function *c, int var, long long value) {
  c->vars[var].bound = true;
  c->vars[var].bound_value = value;
  for (int k = 0; k < c->ncalls; k++) {
    if (c->calls[k].callee_openssl || c->calls[k].callee_system) continue; /* (see ir.h) */
    for (int a = 0; a < c->calls[k].nargs; a++) {
      ir_arg *g = &c->calls[k].args[a];
      if (g->kind != ARG_VAR || g->var != var) continue;
      g->kind = ARG_CONST;
      g->value = value;
    }
  }
}

bool ir_call_dropped(const ir_call *k) { return k->callee && !strcmp(k->callee, IR_UNREACHABLE_CALLEE); }

void ir_prune_for_value(ir_function *c, int var, long long value) {
  for (int b = 0; b < c->nblocks; b++) {
    ir_block *blk = &c->blocks[b];
    bool by_cmp = blk->cmp_op != CMP_NONE && blk->cmp_var == var;
    bool by_cond = !by_cmp && blk->cond_var == var;
    if (!by_cmp && !by_cond) continue;
    int n = 0;
    for (int e = 0; e < blk->nsucc; e++)
      if (by_cmp ? ir_cmp_edge_admits(blk, e, value) : ir_cond_edge_admits(blk, e, value)) blk->succ[n++] = blk->succ[e];
    blk->nsucc = n;
  }
}

/* A truth that is 1 where the call failed with 0, the failure every TLS I/O
 * call may give (`< 1`, `!= 1`, `<= 0`), of the same call on every way;
 * one that is 0 there (`> 0`, `== 1`, `!= 0`: SSL_read_ex() gives 1 or 0)
 * is the failure's 0. */
static int truth_of_call(const ir_event *ev, void *data) {
  int *call = data;
  bool one_on_failure = ev->cmp_op != CMP_NONE && ir_cmp_holds(ev->cmp_op, 0, ev->cmp_k);
  if (!ev->cmp_call1 || ev->src_call >= 0 || !one_on_failure || (*call >= 0 && *call != ev->cmp_call1 - 1)) return -1;
  *call = ev->cmp_call1 - 1;
  return 1;
}

int ir_var_truth_at(const ir_function *f, int v, int block, int at) {
  if (v < 0 || v < f->nparams || !ir_var_is_local(f, v) || ir_var_aliasable(f, v)) return -1;
  int call = -1;
  return every_last_def(f, v, block, at, truth_of_call, &call) ? call : -1;
}
