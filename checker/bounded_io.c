#include "bounded_io.h"

#include "dataflow.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The model's name of what call c calls (through macros and aliases), or NULL. */
static const char *model_name(const project *p, const ir_function *f, const ir_call *c) {
  const api_function *api = project_call_target(p, f, c)->api;
  return api ? api->name : NULL;
}

/* The entry of `available:` whose I/O calls include `name`, or NULL. */
static const api_available *bound_for(const api_model *m, const char *name) {
  for (size_t i = 0; name && i < m->navailable; i++)
    if (model_name_in(m->available[i].io, m->available[i].nio, name)) return &m->available[i];
  return NULL;
}

/* Whether two calls' first arguments may be taken as the same object: the same
 * variable, or the same expression as far as the IR tells (`c->ssl` in both:
 * a query of one SSL bounding a read of another would make no sense). */
static bool same_object(const ir_call *a, const ir_call *b) {
  if (a->nargs < 1 || b->nargs < 1 || a->args[0].kind != b->args[0].kind) return false;
  switch (a->args[0].kind) {
  case ARG_VAR: return a->args[0].var == b->args[0].var;
  case ARG_OTHER: return true;
  default: return false;
  }
}

/* Whether every definition of v in f takes the result of the query `query`
 * made on io's object; at least one does. */
static bool defined_by_query(const project *p, const ir_function *f, int v, const char *query, const ir_call *io) {
  bool any = false;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_DEF || ev->var != v) continue;
      if (ev->src_call < 0) return false;
      const ir_call *q = &f->calls[ev->src_call];
      const char *name = model_name(p, f, q);
      if (!name || strcmp(name, query) || !same_object(q, io)) return false;
      any = true;
    }
  return any;
}

/* Whether v is known positive: a forward analysis, one byte per block (0: not
 * reached, 1: not known, 2: positive since its last definition). A query
 * returns at least 0, so `v > 0`, `v != 0` and `if (v)` make it positive. */
typedef struct {
  const ir_function *f;
  int v;
} pos_ctx;

static void pos_init(void *ctx, void *state) {
  (void)ctx;
  *(unsigned char *)state = 1;
}

static void pos_events(const pos_ctx *c, int b, int upto, unsigned char *s) {
  const ir_block *blk = &c->f->blocks[b];
  for (int i = 0; i < upto && i < blk->nev; i++)
    if (blk->ev[i].kind == EV_DEF && blk->ev[i].var == c->v) *s = 1;
}

static void pos_transfer(void *ctx, int b, void *state) {
  const pos_ctx *c = ctx;
  pos_events(c, b, c->f->blocks[b].nev, state);
}

static void pos_edge(void *ctx, int b, int e, void *state) {
  const pos_ctx *c = ctx;
  const ir_block *blk = &c->f->blocks[b];
  long long lb = 0;
  if (blk->cmp_op != CMP_NONE && blk->cmp_var == c->v && ir_edge_raise_lower_bound(blk, e, &lb) && lb >= 1)
    *(unsigned char *)state = 2;
  else if (blk->cond_var == c->v && blk->nsucc == 2 && !ir_cond_edge_admits(blk, e, 0))
    *(unsigned char *)state = 2;
}

static bool pos_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  unsigned char *d = dst, s = *(const unsigned char *)src;
  unsigned char joined = !*d ? s : !s ? *d : *d < s ? *d : s;
  bool changed = joined != *d;
  *d = joined;
  return changed;
}

static bool positive_at(const ir_function *f, int v, int call) {
  int b = -1, at = -1;
  for (int i = 0; i < f->nblocks && b < 0; i++)
    for (int j = 0; j < f->blocks[i].nev; j++)
      if (f->blocks[i].ev[j].kind == EV_CALL && f->blocks[i].ev[j].call == call) {
        b = i;
        at = j;
        break;
      }
  if (b < 0) return false;
  pos_ctx c = {f, v};
  dataflow_ops ops = {1, pos_init, pos_transfer, pos_edge, pos_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  unsigned char s = in[b];
  free(in);
  if (!s) return false;
  pos_events(&c, b, at, &s);
  return s == 2;
}

void bounded_io_mark(const project *p, const ir_function *f, call_effect *effects) {
  const api_model *m = project_model_of(p, f);
  if (!m->navailable) return;
  for (int i = 0; i < f->ncalls; i++) {
    if (!effects[i].is_io || effects[i].resolved_by_summary) continue;
    const ir_call *c = &f->calls[i];
    const api_available *a = bound_for(m, model_name(p, f, c));
    if (!a || a->len_arg >= c->nargs || c->args[a->len_arg].kind != ARG_VAR) continue;
    int v = c->args[a->len_arg].var;
    if (v < f->nparams || f->vars[v].addr_taken || !defined_by_query(p, f, v, a->query, c) || !positive_at(f, v, i))
      continue;
    call_effect e = effect_neutral();
    e.openssl = true;
    effects[i] = e;
  }
}
