#include "var_bounds.h"

#include "dataflow.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A state: word 0 is 1 once the block is reached (all zeros: not reached),
 * then one lower bound per variable (LLONG_MIN: none). */
struct var_bounds {
  int nvars;
  long long *at_end;  /* per block: the state after its events, before its branch */
  long long *scratch; /* one state, for var_bounds_after_edge() */
};

typedef struct {
  const ir_function *f;
} bctx;

static long long unknown(const ir_function *f, int v) { return f->vars[v].is_unsigned ? 0 : LLONG_MIN; }

static void define(const ir_function *f, long long *s, const ir_event *ev);

static void b_init(void *ctx, void *state) {
  const bctx *c = ctx;
  long long *s = state;
  s[0] = 1;
  for (int v = 0; v < c->f->nvars; v++) s[1 + v] = unknown(c->f, v);
  for (int v = 0; v < c->f->nvars; v++) /* a copy's parameter, as its call gives it */
    if (c->f->vars[v].bound) {
      ir_event ev = {.kind = EV_DEF, .var = v, .has_value = true, .value = c->f->vars[v].bound_value, .src_var = -1};
      define(c->f, s, &ev);
    }
}

static void forget_aliasable(const ir_function *f, long long *s) {
  for (int v = 0; v < f->nvars; v++)
    if (ir_var_aliasable(f, v)) s[1 + v] = unknown(f, v);
}

/* A call changes what a pointer reaches, unless it is OpenSSL's and is given
 * no pointer it may write through (`&n`, a buffer): OpenSSL writes no
 * variable of the caller's it was not handed, and writes through a `BIO *`
 * only into the BIO. */
static bool call_may_write_locals(const ir_call *c) {
  if (!c->callee_openssl) return true;
  for (int a = 0; a < c->nargs; a++)
    if (c->args[a].writes_through) return true;
  return false;
}

/* The bound variable `from`'s bound lb gives variable `to` that takes its
 * value (an assignment, or an equality between them): an unsigned variable's
 * floor of 0 is no proof for a signed one, which a large unsigned value wraps
 * below 0 (values past INT_MAX/LONG_MAX are not followed otherwise). */
static long long bound_for(const ir_function *f, int from, long long lb, int to) {
  if (f->vars[from].is_unsigned && !f->vars[to].is_unsigned && lb < 1) return LLONG_MIN;
  if (f->vars[to].is_unsigned && lb < 0) return 0;
  return lb;
}

static void define(const ir_function *f, long long *s, const ir_event *ev) {
  int v = ev->var;
  long long lb = unknown(f, v);
  if (ev->has_value && f->vars[v].is_unsigned) lb = ev->value < 0 || ev->value > UINT_MAX ? 0 : ev->value;
  else if (ev->has_value && ev->value >= INT_MIN && ev->value <= INT_MAX) lb = ev->value; /* as an int holds it */
  else if (ev->src_var >= 0 && ev->src_var < f->nvars && s[1 + ev->src_var] != LLONG_MIN)
    lb = bound_for(f, ev->src_var, s[1 + ev->src_var], v);
  for (int w = 0; w < f->nvars; w++) /* fields reached from v: v now is something else */
    if (f->vars[w].path_root == v) s[1 + w] = unknown(f, w);
  s[1 + v] = lb;
}

static void b_transfer(void *ctx, int block, void *state) {
  const bctx *c = ctx;
  const ir_function *f = c->f;
  long long *s = state;
  const ir_block *b = &f->blocks[block];
  for (int i = 0; i < b->nev; i++) {
    const ir_event *ev = &b->ev[i];
    if (ev->kind == EV_DEF && ev->var >= 0 && ev->var < f->nvars) define(f, s, ev);
    else if (ev->kind == EV_STORE) forget_aliasable(f, s);
    else if (ev->kind == EV_CALL && call_may_write_locals(&f->calls[ev->call])) forget_aliasable(f, s);
  }
}

static void raise(long long *lb, long long to) {
  if (to > *lb) *lb = to;
}

/* Along edge e: what b's comparison (rng_*) says of the lower bounds. */
static void refine(const ir_function *f, const ir_block *b, int e, long long *s) {
  int a = b->rng_var, z = b->rng_var2;
  if (a < 0 || a >= f->nvars) return;
  ir_cmp_op op = ir_cmp_on_edge(b, e, b->rng_op);
  long long *la = &s[1 + a];
  if (z < 0) { /* a OP k */
    long long k = b->rng_k;
    if (f->vars[a].is_unsigned && k < 0) return; /* compared with a wrapped constant */
    switch (op) {
    case CMP_GT:
      if (k < LLONG_MAX) raise(la, k + 1);
      break;
    case CMP_GE:
    case CMP_EQ: raise(la, k); break;
    case CMP_NE:
      if (*la == k && k < LLONG_MAX) (*la)++;
      break;
    default: break;
    }
    return;
  }
  if (z >= f->nvars) return;
  long long *lz = &s[1 + z];
  long long from_z = bound_for(f, z, *lz, a), from_a = bound_for(f, a, *la, z);
  switch (op) { /* a OP z */
  case CMP_GT:
    if (from_z != LLONG_MIN && from_z < LLONG_MAX) raise(la, from_z + 1);
    break;
  case CMP_GE: raise(la, from_z); break;
  case CMP_EQ:
    raise(la, from_z);
    raise(lz, from_a);
    break;
  case CMP_LT:
    if (from_a != LLONG_MIN && from_a < LLONG_MAX) raise(lz, from_a + 1);
    break;
  case CMP_LE: raise(lz, from_a); break;
  default: break;
  }
}

static void b_edge(void *ctx, int block, int edge, void *state) {
  const bctx *c = ctx;
  refine(c->f, &c->f->blocks[block], edge, state);
}

static bool b_join(void *ctx, void *dst, const void *src) {
  const bctx *c = ctx;
  long long *d = dst;
  const long long *s = src;
  if (!s[0]) return false;
  size_t n = (size_t)c->f->nvars + 1;
  if (!d[0]) {
    memcpy(d, s, n * sizeof *d);
    return true;
  }
  bool changed = false;
  for (size_t i = 1; i < n; i++)
    if (s[i] < d[i]) {
      d[i] = s[i];
      changed = true;
    }
  return changed;
}

var_bounds *var_bounds_compute(const ir_function *f) {
  bool wanted = false;
  for (int b = 0; b < f->nblocks && !wanted; b++) wanted = f->blocks[b].rng_var2 >= 0;
  if (!wanted) return NULL;
  bctx c = {f};
  size_t words = (size_t)f->nvars + 1;
  dataflow_ops ops = {words * sizeof(long long), b_init, b_transfer, b_edge, b_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  var_bounds *vb = xcalloc(1, sizeof *vb);
  vb->nvars = f->nvars;
  vb->at_end = xmalloc((size_t)f->nblocks * words * sizeof *vb->at_end);
  vb->scratch = xmalloc(words * sizeof *vb->scratch);
  memcpy(vb->at_end, in, (size_t)f->nblocks * words * sizeof *vb->at_end);
  for (int b = 0; b < f->nblocks; b++) b_transfer(&c, b, vb->at_end + (size_t)b * words);
  free(in);
  return vb;
}

long long var_bounds_after_edge(const var_bounds *vb, const ir_function *f, int b, int e, int v) {
  if (!vb || v < 0 || v >= vb->nvars) return LLONG_MIN;
  size_t words = (size_t)vb->nvars + 1;
  long long *s = vb->scratch;
  memcpy(s, vb->at_end + (size_t)b * words, words * sizeof *s);
  if (!s[0]) return LLONG_MIN;
  refine(f, &f->blocks[b], e, s);
  return s[1 + v];
}

void var_bounds_free(var_bounds *vb) {
  if (!vb) return;
  free(vb->at_end);
  free(vb->scratch);
  free(vb);
}
