#include "retvals.h"

#include "dataflow.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The dataflow state: reached, whether some path has not returned yet,
 * whether the parameter was assigned, and the lower bound known on the watched
 * parameter (LLONG_MIN: none). */
enum { RET_VARS = 2 };

typedef struct {
  unsigned reached, unreturned;
  unsigned redefined; /* on some path the parameter was assigned: no bound holds after */
  long long lb;
  long long var_lb[RET_VARS]; /* of the returned variables (rctx.ret_var), LLONG_MIN: none */
} rstate;

typedef struct {
  const ir_function *f;
  int param;
  int classified_param; /* the parameter classify_call classifies */
  int classify_call;    /* classifies it (see ret_paths_compute), or -1 */
  long long none_code;
  ret_paths *out;
  bool record;
  int ret_var[RET_VARS]; /* the variables f returns (`return n;`) whose bounds are kept, or -1 */
} rctx;

/* Whether edge e of b is taken only where the classification's result is
 * none_code (`case SSL_ERROR_NONE:`, `err == SSL_ERROR_NONE`): it admits
 * that code and none of the others a classification gives (small codes). */
static bool edge_says_none(const rctx *c, const ir_block *b, int e) {
  if (c->classify_call < 0 || c->param != c->classified_param) return false;
  int var = c->f->calls[c->classify_call].result_var;
  if (!ir_block_tests(b, c->classify_call, var) ||
      !ir_value_edge_admits(b, e, c->classify_call, var, c->none_code))
    return false;
  for (long long v = 0; v <= 16; v++)
    if (v != c->none_code && ir_value_edge_admits(b, e, c->classify_call, var, v)) return false;
  return true;
}

static void r_init(void *ctx, void *state) {
  (void)ctx;
  *(rstate *)state = (rstate){.reached = 1, .unreturned = 1, .lb = LLONG_MIN, .var_lb = {LLONG_MIN, LLONG_MIN}};
}

static int ret_var_slot(const rctx *c, int v) {
  for (int i = 0; i < RET_VARS; i++)
    if (v >= 0 && c->ret_var[i] == v) return i;
  return -1;
}

/* Whether a parameter's least value lb proves it at least 1 (an I/O call's
 * success): a value returned there and on other ways too gets an entry for
 * each kind of way (`if (n > 0) return 0;` beside a want's `return 0;`: the
 * first passes on the queue the success left, ossec's ssl_error_timed()). */
static bool proves_positive(long long lb) { return lb != LLONG_MIN && lb >= 1; }

/* A full table makes room by joining the two entries of one value (the split
 * of add_entry) into one, as before the split: false if none is split. */
static bool unsplit_one(ret_table *t) {
  for (int a = 0; a < t->n; a++)
    for (int b = a + 1; b < t->n; b++) {
      if (t->val[a] != t->val[b] || t->range[a] != t->range[b]) continue;
      if (t->param_lb[b] < t->param_lb[a]) t->param_lb[a] = t->param_lb[b];
      t->exit_mask[a] |= t->exit_mask[b];
      for (int i = b + 1; i < t->n; i++) {
        t->val[i - 1] = t->val[i];
        t->range[i - 1] = t->range[i];
        t->param_lb[i - 1] = t->param_lb[i];
        t->exit_mask[i - 1] = t->exit_mask[i];
      }
      t->n--;
      return true;
    }
  return false;
}

/* Add to t that value v may be returned with the parameter at least lb and the
 * queue in `mask`; false (and t unknown) when the table is full. */
static bool add_entry(ret_table *t, long long v, bool range, long long lb, unsigned mask) {
  int j = 0;
  while (j < t->n && (t->val[j] != v || t->range[j] != range || proves_positive(t->param_lb[j]) != proves_positive(lb)))
    j++;
  if (j == t->n && t->n == RET_TABLE_MAX) {
    if (unsplit_one(t)) /* full: room made by joining a split value's two entries */
      j = t->n;
    else /* or v joins its value's entry, unsplit */
      for (j = 0; j < t->n && (t->val[j] != v || t->range[j] != range);) j++;
  }
  if (j == t->n) {
    if (t->n == RET_TABLE_MAX) {
      t->n = -1;
      return false;
    }
    t->n++;
    t->val[j] = v;
    t->range[j] = range;
    t->param_lb[j] = lb;
    t->exit_mask[j] = 0;
  }
  if (lb < t->param_lb[j]) t->param_lb[j] = lb;
  t->exit_mask[j] |= mask;
  return true;
}

/* A _Bool function returns 0 or 1, whatever constant is written (`return 5;` is 1). */
static long long returned(const ir_function *f, long long v) { return f->returns_bool ? v != 0 : v; }

static void add_return(const ir_function *f, ret_table *t, const ir_return *r, unsigned mask, long long lb) {
  if (t->n < 0) return;
  if (r->nvals < 0) {
    t->n = -1;
    return;
  }
  for (int i = 0; i < r->nvals; i++)
    if (!add_entry(t, returned(f, r->vals[i]), false, lb, mask)) return;
}

static void r_transfer(void *ctx, int block, void *state) {
  rctx *c = ctx;
  rstate *s = state;
  const ir_block *b = &c->f->blocks[block];
  for (int i = 0; i < b->nev; i++) {
    const ir_event *ev = &b->ev[i];
    if (ev->kind == EV_DEF && ev->var == c->param) {
      s->lb = LLONG_MIN;
      s->redefined = 1;
    }
    int slot = ev->kind == EV_DEF ? ret_var_slot(c, ev->var) : -1;
    if (slot >= 0) s->var_lb[slot] = ev->has_value && ev->src_call < 0 ? ev->value : LLONG_MIN;
    if (ev->kind != EV_RETURN) continue;
    slot = ret_var_slot(c, ev->var);
    ret_path rp = {ev->ret, s->lb, slot >= 0 ? s->var_lb[slot] : LLONG_MIN, ev->call};
    if (c->record && ev->ret >= 0) VEC_PUSH(c->out->at, c->out->n, c->out->cap, rp);
    s->unreturned = 0;
  }
}

static void r_edge(void *ctx, int block, int edge, void *state) {
  rctx *c = ctx;
  rstate *s = state;
  const ir_block *b = &c->f->blocks[block];
  if (c->param >= 0 && !s->redefined && b->cmp_var == c->param) ir_edge_raise_lower_bound(b, edge, &s->lb);
  if (c->param >= 0 && !s->redefined && s->lb < 1 && edge_says_none(c, b, edge)) s->lb = 1;
  int slot = ret_var_slot(c, b->cmp_var);
  if (slot >= 0) ir_edge_raise_lower_bound(b, edge, &s->var_lb[slot]);
}

static bool r_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  rstate *d = dst;
  const rstate *s = src;
  if (!d->reached) {
    *d = *s;
    return true;
  }
  rstate old = *d;
  d->unreturned |= s->unreturned;
  d->redefined |= s->redefined;
  if (s->lb < d->lb) d->lb = s->lb;
  bool changed = old.unreturned != d->unreturned || old.redefined != d->redefined || old.lb != d->lb;
  for (int i = 0; i < RET_VARS; i++)
    if (s->var_lb[i] < d->var_lb[i]) {
      d->var_lb[i] = s->var_lb[i];
      changed = true;
    }
  return changed;
}

/* The parameter whose bounds a table records (see ret_paths), or -1.
 * One whose address is taken may change behind our back: none then. */
static int watched_param(const ir_function *f, int classified) {
  int p = classified;
  for (int b = 0; b < f->nblocks && p < 0; b++) {
    int v = f->blocks[b].cmp_var;
    if (f->blocks[b].cmp_op != CMP_NONE && v >= 0 && v < f->nparams) p = v;
  }
  return p >= 0 && p < f->nparams && f->vars[p].int_like && !f->vars[p].addr_taken ? p : -1;
}

void ret_paths_free(ret_paths *rp) {
  free(rp->at);
  memset(rp, 0, sizeof *rp);
}

void ret_paths_compute(const ir_function *f, int classified, int classify_call, long long none_code,
                       ret_paths *out) {
  ret_paths_free(out);
  out->computed = true;
  out->classified = classified;
  out->classify_call = classify_call;
  out->param = -1;
  if (!f->returns_int_like && !f->returns_bool) { /* `unsigned`, `char`: its constants are not what callers compare */
    out->unknown = true;
    return;
  }
  rctx c = {.f = f, .param = watched_param(f, classified), .classified_param = classified,
            .classify_call = classify_call, .none_code = none_code, .out = out, .ret_var = {-1, -1}};
  /* the locals f returns as they are, whose value nothing but their own definitions changes */
  for (int v = f->nparams, n = 0; v < f->nvars && n < RET_VARS; v++)
    if (f->vars[v].returned && f->vars[v].int_like && !ir_var_aliasable(f, v) && f->vars[v].path_root < 0)
      c.ret_var[n++] = v;
  out->param = c.param;
  dataflow_ops ops = {sizeof(rstate), r_init, r_transfer, r_edge, r_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  c.record = true;
  for (int b = 0; b < f->nblocks && !out->unknown; b++) {
    rstate s;
    memcpy(&s, in + (size_t)b * sizeof s, sizeof s);
    if (!s.reached) continue;
    if (b == f->exit && s.unreturned) out->unknown = true; /* falls off the end, or returns no value */
    r_transfer(&c, b, &s);
  }
  free(in);
  if (out->unknown) {
    free(out->at);
    out->at = NULL;
    out->n = out->cap = 0;
  }
}

/* One order for one set of entries, by value (a value alone before its
 * range): a table built from a callee's keeps the callee's order, and two
 * functions that return each other's results would otherwise swap orders
 * every round of the summaries and never settle (ret_table_equal compares
 * entry by entry). (val, range, whether the parameter's bound proves it
 * positive) is unique per entry (add_entry); of two entries of one value,
 * the one with the lesser bound first. */
static bool entry_after(const ret_table *t, int a, int b) {
  if (t->val[a] != t->val[b]) return t->val[a] > t->val[b];
  if (t->range[a] != t->range[b]) return t->range[a];
  return t->param_lb[a] > t->param_lb[b];
}

static void sort_entries(ret_table *t) {
  for (int i = 1; i < t->n; i++)
    for (int j = i; j > 0 && entry_after(t, j - 1, j); j--) {
      long long v = t->val[j], lb = t->param_lb[j];
      bool r = t->range[j];
      unsigned m = t->exit_mask[j];
      t->val[j] = t->val[j - 1];
      t->range[j] = t->range[j - 1];
      t->param_lb[j] = t->param_lb[j - 1];
      t->exit_mask[j] = t->exit_mask[j - 1];
      t->val[j - 1] = v;
      t->range[j - 1] = r;
      t->param_lb[j - 1] = lb;
      t->exit_mask[j - 1] = m;
    }
}

void ret_table_from_paths(const ir_function *f, const ret_paths *rp, const unsigned *ret_mask,
                          const ret_table *const *call_tables, const ret_split *splits, ret_table *out) {
  memset(out, 0, sizeof *out);
  out->param = rp->param;
  if (rp->unknown) out->n = -1;
  for (int i = 0; i < rp->n && out->n >= 0; i++) {
    const ret_path *at = &rp->at[i];
    unsigned mask = ret_mask ? ret_mask[at->ret] : 0;
    if (!mask) continue;
    if (f->rets[at->ret].nvals >= 0) {
      add_return(f, out, &f->rets[at->ret], mask, at->lb);
    } else if (at->call < 0 && splits && splits[at->ret].n > 0) { /* the constants the variable holds */
      const ret_split *sp = &splits[at->ret];
      for (int k = 0; k < sp->n && out->n >= 0; k++)
        if (sp->mask[k]) add_entry(out, returned(f, sp->val[k]), false, at->lb, sp->mask[k]);
    } else if (at->call < 0 && at->value_lb != LLONG_MIN && at->value_lb >= 1) {
      /* a count, known positive (for a _Bool: true) */
      add_entry(out, returned(f, at->value_lb), !f->returns_bool, at->lb, mask);
    } else if (at->call >= 0 && call_tables && call_tables[at->call] && call_tables[at->call]->n > 0) {
      const ret_table *t = call_tables[at->call]; /* `return g(...);`: what g returns */
      for (int k = 0; k < t->n && out->n >= 0; k++) {
        if (f->returns_bool && t->range[k] && t->val[k] < 1) out->n = -1; /* 0 or not: either */
        else add_entry(out, returned(f, t->val[k]), t->range[k] && !f->returns_bool, LLONG_MIN, t->exit_mask[k]);
      }
    } else {
      out->n = -1;
    }
  }
  if (out->n <= 0) {
    memset(out, 0, sizeof *out);
    out->n = -1;
    out->param = -1;
    return;
  }
  sort_entries(out);
}

bool ret_table_equal(const ret_table *a, const ret_table *b) {
  if (a->n != b->n || a->param != b->param) return false;
  for (int i = 0; i < a->n; i++)
    if (a->val[i] != b->val[i] || a->range[i] != b->range[i] || a->param_lb[i] != b->param_lb[i] ||
        a->exit_mask[i] != b->exit_mask[i])
      return false;
  return true;
}

bool ret_entry_admitted(const ret_table *t, int i, const ir_block *b, int e, int call, int var) {
  return t->range[i] ? ir_range_edge_admits(b, e, call, var, t->val[i])
                     : ir_value_edge_admits(b, e, call, var, t->val[i]);
}

unsigned ret_table_possible_for(const ret_table *t, long long arg) {
  unsigned m = 0;
  for (int i = 0; i < t->n; i++)
    if (t->param_lb[i] <= arg) m |= 1u << i;
  return m;
}

unsigned ret_table_proving(const ret_table *t, long long min) {
  unsigned m = 0;
  for (int i = 0; i < t->n; i++)
    if (t->param_lb[i] != LLONG_MIN && t->param_lb[i] >= min) m |= 1u << i;
  return m;
}

void ret_table_join(ret_table *into, const ret_table *other) {
  if (into->n < 0 || other->n < 0 || into->param != other->param) {
    into->n = -1;
    return;
  }
  for (int i = 0; i < other->n; i++)
    if (!add_entry(into, other->val[i], other->range[i], other->param_lb[i], other->exit_mask[i])) return;
}
