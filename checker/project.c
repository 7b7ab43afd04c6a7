#include "project.h"

#include "address_taken.h"

#include "analysis.h"
#include "hash.h"
#include "parallel.h"
#include "util.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ROUNDS = 1000 };

static int cmp_name(const void *a, const void *b) {
  const name_entry *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  if (c) return c;
  return x->tu != y->tu ? (x->tu < y->tu ? -1 : 1) : x->fn - y->fn;
}

/* The slot of `name` in the index: its own, or the empty one where it would go. */
static struct name_range *name_slot(const project *p, const char *name) {
  size_t mask = p->name_slots - 1, h = (size_t)hash64_str(name, 0) & mask;
  while (p->name_index[h].lo1 && strcmp(p->names[p->name_index[h].lo1 - 1].name, name)) h = (h + 1) & mask;
  return &p->name_index[h];
}

static void build_name_index(project *p) {
  p->name_slots = 16;
  while (p->name_slots < (size_t)p->nfns * 2) p->name_slots *= 2;
  p->name_index = xcalloc(p->name_slots, sizeof *p->name_index);
  for (int i = 0; i < p->nfns;) {
    int end = i + 1;
    while (end < p->nfns && !strcmp(p->names[end].name, p->names[i].name)) end++;
    *name_slot(p, p->names[i].name) = (struct name_range){i + 1, end};
    i = end;
  }
}

static const api_function *filter_io_classified(const api_model *m, const ir_function *f, int k);

void project_init(project *p, const api_model *m, const api_model *const *models, ir_function **fns,
                  int nfns) {
  memset(p, 0, sizeof *p);
  p->model = m;
  p->models = models;
  for (int i = 0; i < nfns; i++) fns[i]->id = i;
  p->fns = fns;
  p->nfns = nfns;
  p->sums = xcalloc((size_t)nfns + 1, sizeof *p->sums);
  p->paths = xcalloc((size_t)nfns + 1, sizeof *p->paths);
  p->names = xmalloc(((size_t)nfns + 1) * sizeof *p->names);
  for (int i = 0; i < nfns; i++) {
    p->sums[i].classify_ret_param = -1;
    p->sums[i].fail_n = -1;
    p->sums[i].rets.n = -1;
    p->sums[i].rets.param = -1;
    p->names[i] = (name_entry){fns[i]->name, i, fns[i]->tu};
  }
  qsort(p->names, (size_t)nfns, sizeof *p->names, cmp_name);
  build_name_index(p);
  p->targets = xcalloc((size_t)nfns + 1, sizeof *p->targets);
  for (int i = 0; i < nfns; i++) {
    const ir_function *f = fns[i];
    const api_model *fm = project_model_of(p, f);
    p->targets[i] = xcalloc((size_t)f->ncalls + 1, sizeof **p->targets);
    for (int k = 0; k < f->ncalls; k++) {
      const ir_call *c = &f->calls[k];
      call_target *t = &p->targets[i][k];
      t->api = model_lookup(fm, c->callee);
      t->filter_io = filter_io_classified(fm, f, k);
      if (!t->api && c->via_pointer) t->api = model_lookup(fm, c->callee_alias);
      if (!t->api && c->via_pointer) t->api = model_lookup(fm, c->callee_type);
      if (!t->api && !c->via_pointer && c->callee_copy > 0 && c->callee_copy <= nfns) {
        t->defs[0] = c->callee_copy - 1; /* the callee's copy for this call's constant arguments */
        t->ndefs = 1;
      } else if (!t->api && !c->via_pointer) {
        t->ndefs = project_definitions(p, c->callee, f, t->defs, CALL_MAX_DEFS);
      }
    }
  }
}

/* Call k of f, BIO I/O of the model's ssl_filter_io (BIO_read), with its
 * result in a variable that f gives SSL_get_error() (the classification of
 * an SSL_read() done through an SSL filter: qpid-proton's process_input_ssl):
 * the model's entry for that SSL call; else NULL. */
static const api_function *filter_io_classified(const api_model *m, const ir_function *f, int k) {
  const ir_call *c = &f->calls[k];
  if (c->via_pointer || !c->callee || c->result_var < 0 || !m->nbio_filter_io) return NULL;
  char *const *at = bsearch(&c->callee, m->bio_filter_io, m->nbio_filter_io, sizeof *m->bio_filter_io, cmp_strp);
  if (!at) return NULL;
  for (int j = 0; j < f->ncalls; j++) {
    const ir_call *q = &f->calls[j];
    const api_function *api = q->via_pointer ? NULL : model_lookup(m, q->callee);
    if (api && api->role == ROLE_CLASSIFY && api->ret_arg >= 0 && api->ret_arg < q->nargs &&
        q->args[api->ret_arg].kind == ARG_VAR && q->args[api->ret_arg].var == c->result_var)
      return model_lookup(m, m->bio_filter_io_as[at - m->bio_filter_io]);
  }
  return NULL;
}

const call_target *project_call_target(const project *p, const ir_function *f, const ir_call *c) {
  return &p->targets[f->id][c - f->calls];
}

const api_model *project_model_of(const project *p, const ir_function *f) {
  return p->models && f->id >= 0 && f->id < p->nfns ? p->models[f->id] : p->model;
}

void project_free(project *p) {
  for (int i = 0; p->facts && i < p->nfns; i++) facts_free(&p->facts[i]);
  free(p->facts);
  for (int i = 0; p->targets && i < p->nfns; i++) free(p->targets[i]);
  free(p->targets);
  free(p->sums);
  for (int i = 0; p->paths && i < p->nfns; i++) ret_paths_free(&p->paths[i]);
  free(p->paths);
  free(p->entry_mask);
  free(p->entry_via);
  free(p->address_taken);
  free(p->part);
  free(p->part_facts);
  for (int i = 0; p->dead_calls && i < p->nfns; i++) free(p->dead_calls[i]);
  free(p->dead_calls);
  free(p->names);
  free(p->name_index);
  memset(p, 0, sizeof *p);
}

/* ---- parts of the run ---- */

static int find_root(int *up, int t) {
  while (up[t] != t) t = up[t] = up[up[t]];
  return t;
}

static void join(int *up, int a, int b, int ntus) {
  if (a < 0 || b < 0 || a >= ntus || b >= ntus) return;
  a = find_root(up, a);
  b = find_root(up, b);
  if (a != b) up[a < b ? b : a] = a < b ? a : b;
}

typedef struct {
  const char *name;
  int tu;
} global_use;

static int cmp_global_use(const void *a, const void *b) {
  return strcmp(((const global_use *)a)->name, ((const global_use *)b)->name);
}

void project_partition(project *p, int ntus, char *const *const *addr_taken, const int *naddr_taken) {
  enum { MAX_DEFS = 1024 };
  int *defs = xmalloc(MAX_DEFS * sizeof *defs);
  int *up = xmalloc(((size_t)ntus + 1) * sizeof *up);
  for (int t = 0; t < ntus; t++) up[t] = t;
  for (int g = 0; g < p->nfns; g++) {
    const ir_function *f = p->fns[g];
    for (int k = 0; k < f->ncalls && !f->summary_only; k++) {
      const call_target *c = project_call_target(p, f, &f->calls[k]);
      if (c->ndefs <= CALL_MAX_DEFS) {
        for (int d = 0; d < c->ndefs; d++) join(up, f->tu, p->fns[c->defs[d]]->tu, ntus);
        continue;
      }
      int nd = project_definitions(p, f->calls[k].callee, f, defs, MAX_DEFS);
      for (int d = 0; d < nd && d < MAX_DEFS; d++) join(up, f->tu, p->fns[defs[d]]->tu, ntus);
    }
  }
  /* Units that define or use the same variable of external linkage (an
   * operations table, a hook, an `extern SSL *`) are one program's. */
  int nvars = 0, vars_cap = 0;
  global_use *vars = NULL;
  for (int t = 0; t < ntus; t++)
    for (int i = 0; i < naddr_taken[t]; i++)
      if (!strncmp(addr_taken[t][i], ADDRESS_TAKEN_VAR, strlen(ADDRESS_TAKEN_VAR)))
        VEC_PUSH(vars, nvars, vars_cap, ((global_use){addr_taken[t][i], t}));
  if (nvars > 1) qsort(vars, (size_t)nvars, sizeof *vars, cmp_global_use);
  for (int i = 1; i < nvars; i++)
    if (!strcmp(vars[i - 1].name, vars[i].name)) join(up, vars[i - 1].tu, vars[i].tu, ntus);
  free(vars);
  for (int t = 0; t < ntus; t++) {
    ir_function probe = {.tu = t}; /* resolves the unit's own static functions */
    for (int i = 0; i < naddr_taken[t]; i++) {
      int nd = project_definitions(p, addr_taken[t][i], &probe, defs, MAX_DEFS);
      for (int d = 0; d < nd && d < MAX_DEFS; d++) join(up, t, p->fns[defs[d]]->tu, ntus);
    }
  }
  /* A part that defines main() is a program of its own; the others are
   * library code, whose entry points unseen code may call in any order with
   * the same SSL (a context set up by one unit, read by another): one part. */
  bool *program = xcalloc((size_t)ntus + 1, sizeof *program);
  for (int g = 0; g < p->nfns; g++)
    if (!strcmp(p->fns[g]->name, "main") && !p->fns[g]->is_static && p->fns[g]->tu >= 0 && p->fns[g]->tu < ntus)
      program[find_root(up, p->fns[g]->tu)] = true;
  int library = -1;
  for (int t = 0; t < ntus; t++) {
    int r = find_root(up, t);
    if (program[r]) continue;
    if (library < 0) library = r;
    else join(up, library, r, ntus);
    library = find_root(up, t);
  }
  free(program);
  int *index = xmalloc(((size_t)ntus + 1) * sizeof *index);
  p->nparts = 0;
  for (int t = 0; t < ntus; t++) index[t] = find_root(up, t) == t ? p->nparts++ : -1;
  free(p->part);
  p->part = xmalloc(((size_t)p->nfns + 1) * sizeof *p->part);
  for (int g = 0; g < p->nfns; g++) {
    int t = p->fns[g]->tu;
    p->part[g] = t >= 0 && t < ntus ? index[find_root(up, t)] : 0;
  }
  if (!p->nparts) p->nparts = 1;
  free(p->part_facts);
  p->part_facts = xcalloc((size_t)p->nparts, sizeof *p->part_facts);
  free(index);
  free(up);
  free(defs);
}

bool project_in_scope(const project *p, int f) { return !p->scope || !p->part || p->part[f] == p->scope - 1; }

const run_facts *project_run_facts(const project *p, const ir_function *f) {
  static const run_facts none;
  return p->part && p->part_facts && f->id >= 0 && f->id < p->nfns ? &p->part_facts[p->part[f->id]] : &none;
}

int project_definitions(const project *p, const char *name, const ir_function *caller, int *out, int max) {
  if (!name || !p->name_slots) return 0;
  const struct name_range *r = name_slot(p, name);
  if (!r->lo1) return 0;
  int lo = r->lo1 - 1, end = r->end;
  /* Within the name, the entries are in the order of their translation
   * units: the caller's own static is found by halving. */
  int at = lo, stop = end;
  while (at < stop) {
    int mid = (at + stop) / 2;
    if (p->names[mid].tu < caller->tu) at = mid + 1;
    else stop = mid;
  }
  for (; at < end && p->names[at].tu == caller->tu; at++)
    if (p->fns[p->names[at].fn]->is_static) {
      if (max > 0) out[0] = p->names[at].fn;
      return 1;
    }
  int n = 0;
  for (int i = lo; i < end; i++) {
    const ir_function *f = p->fns[p->names[i].fn];
    if (!f->is_static) {
      if (n < max) out[n] = p->names[i].fn;
      n++;
    } else if (f->tu == caller->tu) { /* a static of the caller's translation unit (or of a header it includes) */
      if (max > 0) out[0] = p->names[i].fn;
      return 1;
    }
  }
  return n;
}

static bool linked(const fn_facts *x, int call) {
  for (int i = 0; i < x->nlinks; i++)
    if (x->links[i].io == call) return true;
  return false;
}

/* Whether classification `call` is linked to no I/O call of x's function. */
static bool classify_unlinked(const fn_facts *x, int call) {
  for (int i = 0; i < x->nlinks; i++)
    if (x->links[i].classify == call) return false;
  return true;
}

/* Whether call c, a classification (effect e) linked to no I/O call of f,
 * classifies a result kept in a field through one of f's parameters: it
 * classifies such a field itself (`SSL_get_error(t->ssl, t->ret)`), or it is
 * a function that does, handed such a field or a parameter (`c->tls`, `t`). */
static bool classifies_field_of_param(const ir_function *f, const ir_call *c, const call_effect *e) {
  if (!e->is_classify) return false;
  if (e->classifies_stored) {
    for (int a = 0; a < c->nargs; a++)
      if (c->args[a].param_field >= 0 || (c->args[a].kind == ARG_VAR && c->args[a].var < f->nparams)) return true;
    return false;
  }
  return e->ret_arg >= 0 && e->ret_arg < c->nargs && c->args[e->ret_arg].kind == ARG_OTHER &&
         c->args[e->ret_arg].param_field >= 0;
}

static bool same_summary(const fn_summary *a, const fn_summary *b) {
  return a->exit_mask == b->exit_mask && a->exit_failed_mask == b->exit_failed_mask && a->drains == b->drains &&
         a->classify_ret_param == b->classify_ret_param && a->classifies_stored == b->classifies_stored &&
         a->drains_before_classify == b->drains_before_classify &&
         a->before_classify_call == b->before_classify_call &&
         a->returns_io == b->returns_io &&
         a->returns_own_io == b->returns_own_io && a->does_io == b->does_io &&
         a->io_in_mask == b->io_in_mask && a->io_success_mask == b->io_success_mask &&
         a->io_success_min == b->io_success_min && a->returns_zero_ambiguous == b->returns_zero_ambiguous &&
         a->zero_buf_param == b->zero_buf_param && a->zero_len_param == b->zero_len_param &&
         a->zero_probe_param == b->zero_probe_param &&
         ret_table_equal(&a->rets, &b->rets) &&
         a->fail_n == b->fail_n && a->fail_succ_mask == b->fail_succ_mask &&
         (a->fail_n <= 0 || !memcmp(a->fail_vals, b->fail_vals, (size_t)a->fail_n * sizeof *a->fail_vals)) &&
         a->returns_classification == b->returns_classification;
}

static bool has_value(const long long *v, int n, long long x) {
  for (int i = 0; i < n; i++)
    if (v[i] == x) return true;
  return false;
}

/* The call whose result `return v;` (event i of block b) returns: v was
 * assigned that result earlier in the same block, and nothing between may
 * push or change v (`r = SSL_new(ctx); log_debug(...); return r;`); or -1. */
static int call_returned_through(const ir_function *f, const fn_facts *x, int b, int i, int v) {
  if (v < 0 || f->vars[v].addr_taken || !ir_var_is_local(f, v)) return -1;
  for (int j = i - 1; j >= 0; j--) {
    const ir_event *ev = &f->blocks[b].ev[j];
    if (ev->kind == EV_DEF && ev->var == v) return ev->src_call;
    if (ev->kind == EV_STORE || (ev->kind == EV_CALL && x->effects[ev->call].dirties)) return -1;
  }
  return -1;
}

/* Per return statement, the call whose result it returns (`return f(...);`,
 * or a variable just assigned it), or -1, and the local variable it returns,
 * or -1: one pass over the events (caller frees both). */
static void returned_calls(const ir_function *f, const fn_facts *x, int **ret_call, int **ret_var) {
  int *call = xmalloc(((size_t)f->nrets + 1) * sizeof *call);
  int *var = xmalloc(((size_t)f->nrets + 1) * sizeof *var);
  for (int r = 0; r < f->nrets; r++) call[r] = var[r] = -1;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_RETURN || ev->ret < 0 || ev->ret >= f->nrets) continue;
      call[ev->ret] = ev->call >= 0 ? ev->call : call_returned_through(f, x, b, i, ev->var);
      var[ev->ret] = ev->call >= 0 ? -1 : ev->var;
    }
  *ret_call = call;
  *ret_var = var;
}

/* `return v;` split by the constant v holds (`int ret = 0; ... ret = 1; out:
 * return ret;`): per constant assigned to v, the queue states at each return
 * on the paths where v was last given it (mask[k], for val[k]), and on the
 * paths where it holds anything else (mask[n]). */
typedef struct {
  int var, n;
  long long val[IR_RET_MAX_VALUES];
  unsigned *mask[IR_RET_MAX_VALUES + 1];
  /* `v = g(...)` where g pushes only when it returns one of its failure values:
   * per such call, the states at each return on the paths where v was last
   * given its result, leaving out g's own push (call_mask[k], for call[k]) */
  int ncall;
  int call[IR_RET_MAX_VALUES];
  unsigned *call_mask[IR_RET_MAX_VALUES];
} value_split;

static void value_split_free(value_split *sp) {
  for (int k = 0; k <= sp->n && sp->var >= 0; k++) free(sp->mask[k]);
  for (int k = 0; k < sp->ncall && sp->var >= 0; k++) free(sp->call_mask[k]);
  sp->var = -1;
  sp->n = sp->ncall = 0;
}

/* Whether an edge of block b that tests v lets a failure value of e pass. */
static bool edge_admits_failure(const ir_block *b, int edge, int v, const call_effect *e) {
  for (int i = 0; i < e->nfail; i++)
    if (ir_value_edge_admits(b, edge, -1, v, e->fail[i])) return true;
  return false;
}

/* Whether a split by call `call` (event `at` of block cb, its result given to
 * local v) may leave out its own push, where it runs in a loop: only where
 * no way from it comes back to it but past a test of v that no failure value
 * passes, with v holding the call's result all the way (`for (;;) { ret =
 * cb(...); if (ret <= 0) return ret; ... }`: a failure leaves the loop). Else
 * an earlier round's failure pushed, and the split would leave that out too
 * (`for (...; !ok; i++) ok = check(...)`). Outside a loop: true. */
static bool call_split_sound(const ir_function *f, const fn_facts *x, int v, int call, int cb, int at) {
  if (!ir_block_on_cycle(f, cb)) return true;
  const call_effect *e = &x->effects[call];
  if (e->nfail <= 0) return false;
  for (int i = at + 1; i < f->blocks[cb].nev; i++)
    if (f->blocks[cb].ev[i].kind == EV_DEF && f->blocks[cb].ev[i].var == v) return false;
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), n = 0;
  bool sound = true;
  int b = cb;
  for (;;) {
    const ir_block *blk = &f->blocks[b];
    bool tests = ir_block_tests(blk, -1, v);
    for (int e2 = 0; e2 < blk->nsucc; e2++) {
      int to = blk->succ[e2].to;
      if (tests && !edge_admits_failure(blk, e2, v, e)) continue; /* only successes go on */
      if (to == cb) sound = false;
      if (to < 0 || to >= f->nblocks || seen[to] || !sound) continue;
      seen[to] = true;
      stack[n++] = to;
    }
    if (!sound || n == 0) break;
    b = stack[--n];
    for (int i = 0; i < f->blocks[b].nev && sound; i++) /* v given another value: not followed */
      if (f->blocks[b].ev[i].kind == EV_DEF && f->blocks[b].ev[i].var == v) sound = false;
    if (!sound) break;
  }
  free(seen);
  free(stack);
  return sound;
}

/* What local v of f is given, for a split by it: its constants into val (*n)
 * and the calls that push only on failure whose result it is given into
 * calls (*ncall). A call in a loop whose failure may come round again
 * (call_split_sound), or past IR_RET_MAX_VALUES, is left out, counting as
 * anything else, or with `strict` makes the answer false, as do more than
 * IR_RET_MAX_VALUES constants and a variable that may change behind the
 * IR's back (not a local int or pointer, or its address taken). */
static bool split_defs(const ir_function *f, const fn_facts *x, int v, bool strict, long long *val, int *n, int *calls,
                       int *ncall) {
  if (f->vars[v].addr_taken || !ir_var_is_local(f, v) || !(f->vars[v].int_like || f->vars[v].pointer))
    return false;
  *n = *ncall = 0;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_DEF || ev->var != v) continue;
      if (!ev->has_value) {
        if (ev->src_call < 0 || !effect_pushes_only_on_failure(&x->effects[ev->src_call])) continue;
        if (*ncall < IR_RET_MAX_VALUES && call_split_sound(f, x, v, ev->src_call, b, i))
          calls[(*ncall)++] = ev->src_call;
        else if (strict)
          return false;
        continue;
      }
      if (has_value(val, *n, ev->value)) continue;
      if (*n == IR_RET_MAX_VALUES) return false;
      val[(*n)++] = ev->value;
    }
  return true;
}

/* The split for variable v (kept in sp while v stays the same): by the
 * constants it is given, and by the calls whose result it is given that push
 * only on failure (not one in a loop whose failure may come round again:
 * call_split_sound; with anything else); false when it is given neither,
 * or too many constants, or may change behind the IR's back. */
static bool value_split_for(const project *p, const ir_function *f, const fn_facts *x, int v, value_split *sp) {
  if (v < 0) return false;
  if (v == sp->var) return true;
  value_split_free(sp);
  long long val[IR_RET_MAX_VALUES];
  int n, calls[IR_RET_MAX_VALUES], ncall;
  if (!split_defs(f, x, v, false, val, &n, calls, &ncall) || (n == 0 && ncall == 0)) return false;
  sp->var = v;
  sp->n = n;
  sp->ncall = ncall;
  for (int k = 0; k <= n; k++) {
    if (k < n) sp->val[k] = val[k];
    sp->mask[k] = xmalloc(((size_t)f->nrets + 1) * sizeof *sp->mask[k]);
    facts_split how = {.kind = k < n ? SPLIT_VALUE : SPLIT_OTHER, .var = v, .value = k < n ? val[k] : 0,
                       .calls = calls, .ncalls = ncall};
    facts_return_masks_split(p, f, x, &how, sp->mask[k]);
  }
  for (int k = 0; k < ncall; k++) {
    sp->call[k] = calls[k];
    sp->call_mask[k] = xmalloc(((size_t)f->nrets + 1) * sizeof *sp->call_mask[k]);
    facts_split how = {.kind = SPLIT_CALL, .var = v, .call = calls[k]};
    facts_return_masks_split(p, f, x, &how, sp->call_mask[k]);
  }
  return true;
}

enum { MAX_GUARDS = 8 }; /* flags tried per function (guard_return_masks) */

/* Whether local variable v of f may be a flag that guards returns: one
 * tested by some branch, whose split_defs() (strict: a call it is given in a
 * loop whose failure may come round again makes it no guard) finds a
 * constant or a call. */
static bool guard_defs(const ir_function *f, const fn_facts *x, int v, long long *val, int *n, int *calls,
                       int *ncall) {
  bool tested = false;
  for (int b = 0; b < f->nblocks && !tested; b++) tested = ir_block_tests(&f->blocks[b], -1, v);
  return tested && split_defs(f, x, v, true, val, n, calls, ncall) && (*n > 0 || *ncall > 0);
}

/* One split run of guard_return_masks: its states at every return added to u. */
static void guard_part(const project *p, const ir_function *f, const fn_facts *x, facts_split how, unsigned *part,
                       unsigned *u) {
  how.every_return = true;
  facts_return_masks_split(p, f, x, &how, part);
  for (int r = 0; r < f->nrets; r++) u[r] |= part[r];
}

/* The returns of f that may see its errors and return a value not known
 * (`return ssl;`), where a flag tested on the way says they cannot (`if (!ok)
 * return NULL; return ssl;`, `return ok ? ssl : NULL;` after `ok = 0` on every
 * failure and `ok = check(...)`, a check that pushes only when it returns 0).
 * Per flag, the queue analysis again on the paths where the flag was last
 * given each of its constants, each failure value of such a call (with its
 * push), the call's other results (without it), or anything else, each
 * following the tests of the flag: where no part brings an error of f's to
 * return r (need[r]), known[r] is set and mask[r] is the states there. */
static void guard_return_masks(const project *p, const ir_function *f, const fn_facts *x, const bool *need,
                               bool *known, unsigned *mask) {
  size_t sz = ((size_t)f->nrets + 1) * sizeof(unsigned);
  unsigned *u = xmalloc(sz), *part = xmalloc(sz);
  int tried = 0;
  for (int v = 0; v < f->nvars && tried < MAX_GUARDS; v++) {
    long long val[IR_RET_MAX_VALUES];
    int n, calls[IR_RET_MAX_VALUES], ncall;
    if (!guard_defs(f, x, v, val, &n, calls, &ncall)) continue;
    tried++;
    memset(u, 0, sz);
    for (int k = 0; k < n; k++)
      guard_part(p, f, x, (facts_split){.kind = SPLIT_VALUE, .var = v, .value = val[k], .calls = calls, .ncalls = ncall},
                 part, u);
    guard_part(p, f, x, (facts_split){.kind = SPLIT_OTHER, .var = v, .calls = calls, .ncalls = ncall}, part, u);
    for (int k = 0; k < ncall; k++) {
      const call_effect *e = &x->effects[calls[k]];
      guard_part(p, f, x, (facts_split){.kind = SPLIT_CALL, .var = v, .call = calls[k], .fail = e->fail, .nfail = e->nfail},
                 part, u);
      for (int i = 0; i < e->nfail; i++)
        guard_part(p, f, x, (facts_split){.kind = SPLIT_CALL_FAILED, .var = v, .call = calls[k], .value = e->fail[i]},
                   part, u);
    }
    bool all = true;
    for (int r = 0; r < f->nrets; r++) {
      if (!need[r] || known[r]) continue;
      if (u[r] & Q_DIRTY) all = false;
      else {
        known[r] = true;
        mask[r] = u[r];
      }
    }
    if (all) break;
  }
  free(u);
  free(part);
}

/* guard_return_masks, made the first time a return asks (guard_keeps_out). */
typedef struct {
  bool made;
  bool *known, *used;
  unsigned *mask;
} guard_masks;

static void guard_masks_free(guard_masks *g) {
  free(g->known);
  free(g->used);
  free(g->mask);
}

/* Whether a flag tested on the way keeps f's errors from return r, which
 * may see them and returns a value not known (guard_return_masks). */
static bool guard_keeps_out(const project *p, const ir_function *f, const fn_facts *x, guard_masks *g, int r) {
  if (!g->made) {
    g->made = true;
    size_t n = (size_t)f->nrets + 1;
    bool *need = xcalloc(n, sizeof *need);
    g->known = xcalloc(n, sizeof *g->known);
    g->used = xcalloc(n, sizeof *g->used);
    g->mask = xcalloc(n, sizeof *g->mask);
    for (int i = 0; i < f->nrets; i++) need[i] = (x->ret_mask[i] & Q_DIRTY) && f->rets[i].nvals <= 0;
    guard_return_masks(p, f, x, need, g->known, g->mask);
    free(need);
  }
  return g->used[r] = g->known[r];
}

/* `return f(...);` where f pushes only when it returns one of its failure
 * values and nothing before it left an error: what this return may push, it
 * pushes with those values (a ctrl function handing a command on to its method). */
static bool passes_failure_on(const fn_facts *x, int call) {
  return call >= 0 && x->effects[call].nfail > 0 && !(x->in_mask[call] & Q_DIRTY);
}

/* For `return v;` (return r) with v split by what it was last given
 * (value_split_for): the values it returns where it may have pushed, into
 * vals (*n): the constants on whose paths an error may reach r, and the
 * failure values of the calls that push only on failure whose result it was
 * given; false where something else may push on the way. */
static bool split_failure_values(const project *p, const ir_function *f, const fn_facts *x, int v, value_split *sp,
                                 int r, long long *vals, int *n) {
  if (!value_split_for(p, f, x, v, sp) || (sp->mask[sp->n][r] & Q_DIRTY)) return false;
  *n = 0;
  for (int k = 0; k < sp->n; k++)
    if (sp->mask[k][r] & Q_DIRTY) vals[(*n)++] = sp->val[k];
  for (int k = 0; k < sp->ncall; k++) {
    if (sp->call_mask[k][r] & Q_DIRTY) return false; /* something else pushed on the way */
    const call_effect *e = &x->effects[sp->call[k]];
    for (int i = 0; i < e->nfail; i++) {
      if (has_value(vals, *n, e->fail[i])) continue;
      if (*n == IR_RET_MAX_VALUES) return false;
      vals[(*n)++] = e->fail[i];
    }
  }
  return true;
}

/* failure_values, given what each return statement returns (ret_call,
 * ret_var); sp: the split of a returned variable, kept between calls. */
static void failure_values_of(const project *p, const ir_function *f, const fn_facts *x, const int *ret_call,
                              const int *ret_var, value_split *sp, guard_masks *g, fn_summary *s) {
  long long vals[API_MAX_FAILURE];
  int n = 0;
  bool dirty_return = false;
  for (int r = 0; r < f->nrets; r++) {
    if (!(x->ret_mask[r] & Q_DIRTY)) continue;
    const ir_return *ret = &f->rets[r];
    const long long *rv = ret->vals;
    int nrv = ret->nvals;
    long long split_vals[IR_RET_MAX_VALUES];
    if (nrv <= 0) {
      int call = ret_call[r];
      if (passes_failure_on(x, call)) {
        rv = x->effects[call].fail;
        nrv = x->effects[call].nfail;
      } else if (split_failure_values(p, f, x, ret_var[r], sp, r, split_vals, &nrv)) {
        rv = split_vals;
      } else if (guard_keeps_out(p, f, x, g, r)) {
        continue; /* a flag tested on the way keeps f's errors from this return */
      } else {
        return; /* pushes, then returns a value not known */
      }
    }
    dirty_return = true;
    for (int i = 0; i < nrv; i++) {
      if (has_value(vals, n, rv[i])) continue;
      if (n == API_MAX_FAILURE) return;
      vals[n++] = rv[i];
    }
  }
  if (!dirty_return) return; /* pushes, then returns no value */
  unsigned succ = 0;
  for (int r = 0; r < f->nrets; r++) {
    const ir_return *ret = &f->rets[r];
    if (g->made && g->used[r]) { /* the states the flag's split gives it */
      succ |= g->mask[r];
      continue;
    }
    int call = ret->nvals <= 0 ? ret_call[r] : -1;
    if (passes_failure_on(x, call)) { /* its other results: as the callee leaves them */
      succ |= queue_from_caller(x->effects[call].fail_succ_mask, x->in_mask[call]);
      continue;
    }
    if (ret->nvals <= 0 && ret_var[r] >= 0 && ret_var[r] == sp->var) { /* per constant it may hold */
      for (int k = 0; k < sp->n; k++)
        if (!has_value(vals, n, sp->val[k])) succ |= sp->mask[k][r];
      succ |= sp->mask[sp->n][r];
      for (int k = 0; k < sp->ncall; k++) succ |= sp->call_mask[k][r]; /* the call's successes */
      continue;
    }
    bool other = ret->nvals <= 0;
    for (int i = 0; !other && i < ret->nvals; i++) other = !has_value(vals, n, ret->vals[i]);
    if (other) succ |= x->ret_mask[r];
  }
  s->fail_n = n;
  memcpy(s->fail_vals, vals, (size_t)n * sizeof *vals);
  s->fail_succ_mask = succ;
}

/* The constants f returns where it may have pushed, and the queue where it
 * returns anything else (see fn_summary); ret_call, ret_var: returned_calls();
 * sp: a returned variable's split, shared with returned_constant_splits(). */
static void failure_values(const project *p, const ir_function *f, const fn_facts *x, const int *ret_call,
                           const int *ret_var, value_split *sp, fn_summary *s) {
  s->fail_n = -1;
  if (!(x->exit_mask & Q_DIRTY)) return;
  guard_masks g = {0};
  failure_values_of(p, f, x, ret_call, ret_var, sp, &g, s);
  guard_masks_free(&g);
  /* The constants as written are what the callers get only where the return
   * type holds them: a signed int or wider, a pointer, a _Bool's 0 and 1, and
   * 0 in any type (an `unsigned char` function's `return -1;` gives 255). */
  for (int i = 0; i < s->fail_n; i++) {
    long long v = s->fail_vals[i];
    if (!(f->returns_int_like || f->returns_pointer || v == 0 || (f->returns_bool && v == 1))) {
      s->fail_n = -1;
      break;
    }
  }
}

/* Per return statement `return v;` where v holds one of a few constants on
 * every way there (its definitions all constants, or a way with another
 * value reaching no such return), the queue states per constant: from the
 * queue analysis split by v's value (value_split_for). Only where the queue
 * at such a return may be in more than one state (else the split says
 * nothing new). NULL: none. ret_call, ret_var, sp: as failure_values(). */
static ret_split *returned_constant_splits(const project *p, const ir_function *f, const fn_facts *x,
                                          const int *ret_call, const int *ret_var, value_split *sp) {
  if (!f->returns_int_like && !f->returns_bool) return NULL;
  ret_split *out = NULL;
  for (int r = 0; r < f->nrets; r++) {
    unsigned m = x->ret_mask[r];
    if (f->rets[r].nvals >= 0 || ret_call[r] >= 0 || ret_var[r] < 0 || !(m & (m - 1))) continue;
    if (!value_split_for(p, f, x, ret_var[r], sp) || sp->ncall > 0 || sp->n == 0 || sp->mask[sp->n][r]) continue;
    if (!out) out = xcalloc((size_t)f->nrets + 1, sizeof *out);
    out[r].n = sp->n;
    for (int k = 0; k < sp->n; k++) {
      out[r].val[k] = sp->val[k];
      out[r].mask[k] = sp->mask[k][r];
    }
  }
  return out;
}

/* Per call of f whose result f returns (`return g(...);`) and whose own
 * results are summarized: g's table, each entry's queue as at f's return
 * (tables[call], NULL for the other calls; tables NULL when f has none). */
typedef struct {
  const ret_table **tables;
  ret_table *mapped;
} returned_tables;

static returned_tables returned_call_tables(const ir_function *f, const fn_facts *x) {
  returned_tables rt = {NULL, NULL};
  for (int i = 0; i < f->ncalls; i++) {
    if (!f->calls[i].result_returned || x->effects[i].rets.n <= 0) continue;
    if (!rt.tables) { /* most functions return no such call: nothing to allocate */
      rt.tables = xcalloc((size_t)f->ncalls + 1, sizeof *rt.tables);
      rt.mapped = xcalloc((size_t)f->ncalls + 1, sizeof *rt.mapped);
    }
    rt.mapped[i] = x->effects[i].rets;
    for (int k = 0; k < rt.mapped[i].n; k++)
      rt.mapped[i].exit_mask[k] = queue_from_caller(rt.mapped[i].exit_mask[k], x->in_mask[i]);
    rt.tables[i] = &rt.mapped[i];
  }
  return rt;
}

/* Argument a of c, when it is one of f's parameters, unchanged: its index; else -1. */
static int param_handed_on(const ir_function *f, const ir_call *c, int a) {
  if (a < 0 || a >= c->nargs || c->args[a].kind != ARG_VAR) return -1;
  int v = c->args[a].var;
  return v < f->nparams && !ir_assigns(f, v) ? v : -1;
}

/* Whether call k's result may reach a return of f as it is: returned at
 * once, or held in a local variable that some way takes to `return v;` with no
 * test of it and no other value given on the way (`n = SSL_read(...); break;
 * ... return n;`). */
static bool result_returned_untested(const ir_function *f, int k) {
  const ir_call *c = &f->calls[k];
  if (c->result_escapes) return false; /* kept where a caller may classify it (`c->last = n;`) */
  if (c->result_returned) return true;
  int v = c->result_var;
  /* read only by tests and returns: not copied, not handed to a helper, not
   * tested outside a branch (`closed = (n == 0);`), whose 0 may not be the read's */
  if (v < 0 || v >= f->nvars || f->vars[v].addr_taken || !ir_var_is_local(f, v) || f->vars[v].opaque_reads ||
      f->vars[v].escapes)
    return false;
  /* at most one start per block (after its last such definition) and one
   * visit per block from its start */
  size_t cap = 2 * (size_t)f->nblocks + 1;
  int *work = xmalloc(cap * sizeof *work), *start = xmalloc(cap * sizeof *start);
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int n = 0;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = f->blocks[b].nev - 1; i >= 0; i--)
      if (f->blocks[b].ev[i].kind == EV_DEF && f->blocks[b].ev[i].var == v && f->blocks[b].ev[i].src_call == k) {
        work[n] = b;
        start[n++] = i + 1;
        break;
      }
  bool found = false;
  while (n > 0 && !found) {
    n--;
    int b = work[n], i = start[n];
    const ir_block *blk = &f->blocks[b];
    bool stopped = false;
    for (; i < blk->nev && !stopped && !found; i++) {
      const ir_event *ev = &blk->ev[i];
      if (ev->kind == EV_DEF && ev->var == v) stopped = true;
      else if (ev->kind == EV_RETURN && ev->var == v) found = true;
    }
    if (stopped || found || ir_block_tests(blk, -1, v) || blk->rng_var == v || blk->rng_var2 == v) continue;
    for (int e = 0; e < blk->nsucc; e++) {
      int to = blk->succ[e].to;
      if (to < 0 || to >= f->nblocks || seen[to]) continue;
      seen[to] = true;
      work[n] = to;
      start[n++] = 0;
    }
  }
  free(work);
  free(start);
  free(seen);
  return found;
}

/* f returns read c (no probe)'s result as it is (`return SSL_read(s, buf,
 * len);`): its callers' 0 is that read's; the parameters handed on to it, as
 * far as every such read agrees. */
static void returned_zero_ambiguous(const ir_function *f, const ir_call *c, const call_effect *e, fn_summary *s) {
  int buf = param_handed_on(f, c, e->buf_arg), len = param_handed_on(f, c, e->len_arg);
  int probe = param_handed_on(f, c, e->probe_len_arg);
  if (s->returns_zero_ambiguous &&
      (s->zero_buf_param != buf || s->zero_len_param != len || s->zero_probe_param != probe))
    buf = len = probe = -1;
  s->returns_zero_ambiguous = true;
  s->zero_buf_param = buf;
  s->zero_len_param = len;
  s->zero_probe_param = probe;
}

/* Whether a call that takes errors off the queue runs between the entry of a
 * classify wrapper and its classification (call k) of the parameter its
 * callers hand an I/O result (facts' entry_between), or k is a classify
 * wrapper that has such a call inside. A selective pop is no such call. */
static void before_classify(const ir_function *f, const fn_facts *x, int k, fn_summary *s) {
  if (x->effects[k].drains_before_classify) {
    s->drains_before_classify = true;
    s->before_classify_call = k;
    return;
  }
  for (int i = 0; i < x->nentry_between; i++) {
    const between_call *b = &x->entry_between[i];
    const call_effect *e = &x->effects[b->call];
    if (b->classify != k || !e->drains || facts_pops_peeked_error(f, x, b->call)) continue;
    s->drains_before_classify = true;
    s->before_classify_call = b->call;
    return;
  }
}

/* f's summary from the current ones of its callees; its facts go to *facts
 * (the caller frees them) when facts is not NULL, else are freed. */
static fn_summary summarize(const project *p, const ir_function *f, fn_facts *facts) {
  fn_facts x;
  facts_compute(p, f, &x);
  fn_summary s = {.exit_mask = x.exit_mask, .classify_ret_param = -1, .fail_n = -1, .zero_buf_param = -1,
                  .zero_len_param = -1, .zero_probe_param = -1, .before_classify_call = -1};
  int classify_call = -1;
  bool returns_probe = false; /* a liveness probe's 0 is returned too: no read's 0 is followed */
  for (int i = 0; i < f->ncalls; i++) {
    const ir_call *c = &f->calls[i];
    const call_effect *e = &x.effects[i];
    s.drains |= e->drains;
    s.does_io |= e->does_io;
    if (e->is_classify && s.classify_ret_param < 0 && e->ret_arg >= 0 && e->ret_arg < c->nargs &&
        c->args[e->ret_arg].kind == ARG_VAR && c->args[e->ret_arg].var < f->nparams) {
      s.classify_ret_param = c->args[e->ret_arg].var;
      classify_call = i;
    }
    if (classifies_field_of_param(f, c, e) && classify_unlinked(&x, i)) s.classifies_stored = true;
    bool returned = c->result_returned || (c->result_var >= 0 && f->vars[c->result_var].returned);
    if (e->is_io && returned && !linked(&x, i)) {
      s.returns_io = true;
      s.io_in_mask |= facts_io_state(&x, i);
    } else if (e->is_io && returned) {
      s.returns_own_io = true;
    }
    if (e->is_io && e->zero_ambiguous && !linked(&x, i) && result_returned_untested(f, i)) {
      if (e->probe) returns_probe = true;
      else returned_zero_ambiguous(f, c, e, &s);
    }
  }
  if (classify_call >= 0) before_classify(f, &x, classify_call, &s);
  if (returns_probe) {
    s.returns_zero_ambiguous = false;
    s.zero_buf_param = s.zero_len_param = s.zero_probe_param = -1;
  }
  if (s.returns_io || s.returns_own_io) {
    s.io_success_mask = x.io_success_exit;
    s.io_success_min = x.io_success_min;
  }
  s.exit_failed_mask =
      classify_call >= 0 ? facts_exit_mask_if_failed(p, f, &x, s.classify_ret_param) : s.exit_mask;
  ret_paths *rp = &p->paths[f->id]; /* this function's own: one thread per function in a round */
  if (!rp->computed || rp->classified != s.classify_ret_param || rp->classify_call != classify_call)
    ret_paths_compute(f, s.classify_ret_param, classify_call, project_model_of(p, f)->ssl_error_none, rp);
  returned_tables rt = returned_call_tables(f, &x);
  int *ret_call, *ret_var; /* what each return returns, for both uses of a returned variable's split */
  returned_calls(f, &x, &ret_call, &ret_var);
  value_split sp = {.var = -1}; /* the queue analysis run again per value: made once for both */
  ret_split *splits = returned_constant_splits(p, f, &x, ret_call, ret_var, &sp);
  ret_table_from_paths(f, rp, x.ret_mask, rt.tables, splits, &s.rets);
  free(splits);
  free(rt.tables);
  free(rt.mapped);
  failure_values(p, f, &x, ret_call, ret_var, &sp, &s);
  value_split_free(&sp);
  free(ret_call);
  free(ret_var);
  s.returns_classification = x.classification_returns == 1;
  if (facts) *facts = x;
  else facts_free(&x);
  return s;
}

typedef struct {
  const project *p;
  const int *work; /* the functions to recompute this round */
  fn_summary *next;
} round_ctx;

static void summarize_one(void *ctx, int i, int thread) {
  (void)thread;
  round_ctx *r = ctx;
  int fn = r->work[i];
  const project *p = r->p;
  if (!p->facts) {
    r->next[fn] = summarize(p, p->fns[fn], NULL);
    return;
  }
  fn_facts x; /* this round's facts replace the last round's: each function has one thread */
  r->next[fn] = summarize(p, p->fns[fn], &x);
  facts_free(&p->facts[fn]);
  p->facts[fn] = x;
}

/* Compute again the facts of the listed functions (keep_facts). */
static void refresh_facts(void *ctx, int i, int thread) {
  (void)thread;
  const round_ctx *r = ctx;
  int fn = r->work[i];
  facts_free(&r->p->facts[fn]);
  facts_compute(r->p, r->p->fns[fn], &r->p->facts[fn]);
}

fn_facts *project_take_facts(project *p) {
  fn_facts *x = p->facts;
  p->facts = NULL;
  return x;
}

typedef struct {
  int *v;
  int n, cap;
} int_list;

/* callers[g]: the functions whose calls read g's summary (effect_of): recomputed when it changes. */
static int_list *callers_of(const project *p) {
  int_list *callers = xcalloc((size_t)p->nfns + 1, sizeof *callers);
  for (int f = 0; f < p->nfns; f++) {
    const ir_function *fn = p->fns[f];
    for (int k = 0; k < fn->ncalls; k++) {
      /* the definitions effect_of reads (none where the model names the callee) */
      const call_target *t = project_call_target(p, fn, &fn->calls[k]);
      for (int d = 0; d < t->ndefs && d < CALL_MAX_DEFS; d++) {
        int_list *l = &callers[t->defs[d]];
        if (!l->n || l->v[l->n - 1] != f) VEC_PUSH(l->v, l->n, l->cap, f);
      }
    }
  }
  return callers;
}

bool project_summarize(project *p, int threads) {
  fn_summary *next = xcalloc((size_t)p->nfns + 1, sizeof *next);
  int_list *callers = callers_of(p);
  int *work = xmalloc(((size_t)p->nfns + 1) * sizeof *work), nwork = p->nfns;
  bool *queued = xcalloc((size_t)p->nfns + 1, sizeof *queued);
  int *changed = xmalloc(((size_t)p->nfns + 1) * sizeof *changed);
  for (int i = 0; i < p->nfns; i++) work[i] = i;
  if (p->keep_facts) {
    for (int i = 0; p->facts && i < p->nfns; i++) facts_free(&p->facts[i]);
    free(p->facts);
    p->facts = xcalloc((size_t)p->nfns + 1, sizeof *p->facts);
  }
  /* Rounds: every function whose callee's summary changed in the round before
   * is recomputed, in parallel, from the summaries of the round before. */
  for (p->rounds = 0; nwork > 0 && p->rounds < MAX_ROUNDS; p->rounds++) {
    round_ctx r = {p, work, next};
    parallel_for(nwork, threads, summarize_one, &r);
    int nchanged = 0;
    for (int i = 0; i < nwork; i++)
      if (!same_summary(&next[work[i]], &p->sums[work[i]])) changed[nchanged++] = work[i];
    nwork = 0;
    for (int i = 0; i < nchanged; i++) {
      p->sums[changed[i]] = next[changed[i]];
      const int_list *l = &callers[changed[i]];
      for (int j = 0; j < l->n; j++)
        if (!queued[l->v[j]]) {
          queued[l->v[j]] = true;
          work[nwork++] = l->v[j];
        }
    }
    for (int i = 0; i < nwork; i++) queued[work[i]] = false;
  }
  bool settled = nwork == 0;
  if (!settled && p->facts) { /* the callers of the last round's changes: from the summaries as they stand */
    round_ctx r = {p, work, next};
    parallel_for(nwork, threads, refresh_facts, &r);
  }
  for (int i = 0; i < p->nfns; i++) free(callers[i].v);
  free(callers);
  free(work);
  free(queued);
  free(changed);
  free(next);
  return settled;
}

unsigned project_entry_of(const project *p, int f) {
  return p->entry_mask && p->entry_mask[f] ? p->entry_mask[f] : Q_CLEAN | Q_DIRTY;
}

/* The first of the sorted strings v[0..n) not below `key`. */
/* Whether the run defines a function of that name. */
static bool defined_in_run(const project *p, const char *name) {
  return name_slot(p, name)->lo1 != 0;
}

/* Whether a call through a pointer to functions of `ctype` calls only the
 * run's own functions: the run takes the address of some function of that
 * type (`own`: their types, sorted), and no pointer of it comes from
 * elsewhere (ADDRESS_TAKEN_TYPE_EXTERNAL). */
static bool calls_own_functions(const char *ctype, char *const *own, int nown, char *const *addr_taken,
                                int naddr_taken) {
  if (!model_name_in(own, (size_t)nown, ctype)) return false;
  char *key = xasprintf(ADDRESS_TAKEN_TYPE_EXTERNAL "%s", ctype);
  bool ext = model_name_in(addr_taken, (size_t)naddr_taken, key);
  free(key);
  return !ext;
}

/* The function types whose pointers may reach code the run does not see
 * (ADDRESS_TAKEN_TYPE_ESCAPES, ADDRESS_TAKEN_TYPE_ARG with a callee the run
 * does not define, ADDRESS_TAKEN_TYPE_POINTER_ARG through a pointer that may
 * call other code than the run's): sorted; *n: how many; the strings are
 * addr_taken's. `own`: the types of the run's functions whose address is
 * taken, sorted. */
static char **escaping_types(const project *p, char *const *addr_taken, int naddr_taken, char *const *own, int nown,
                             int *n) {
  char **types = xmalloc(((size_t)naddr_taken + 1) * sizeof *types);
  *n = 0;
  size_t esc = strlen(ADDRESS_TAKEN_TYPE_ESCAPES), arg = strlen(ADDRESS_TAKEN_TYPE_ARG),
         parg = strlen(ADDRESS_TAKEN_TYPE_POINTER_ARG);
  for (int i = 0; i < naddr_taken; i++) {
    char *e = addr_taken[i];
    if (!strncmp(e, ADDRESS_TAKEN_TYPE_ESCAPES, esc)) {
      types[(*n)++] = e + esc;
    } else if (!strncmp(e, ADDRESS_TAKEN_TYPE_ARG, arg) || !strncmp(e, ADDRESS_TAKEN_TYPE_POINTER_ARG, parg)) {
      bool via_pointer = !strncmp(e, ADDRESS_TAKEN_TYPE_POINTER_ARG, parg);
      const char *rest = e + (via_pointer ? parg : arg);
      char *colon = strchr(rest, ':');
      if (!colon) continue;
      char *callee = xasprintf("%.*s", (int)(colon - rest), rest);
      if (via_pointer ? !calls_own_functions(callee, own, nown, addr_taken, naddr_taken) : !defined_in_run(p, callee))
        types[(*n)++] = colon + 1;
      free(callee);
    }
  }
  qsort(types, (size_t)*n, sizeof *types, cmp_strp);
  return types;
}

/* Whether the address of a function named `name` may reach code the run does
 * not see (address_taken.h): a use of it that the project's own pointers of
 * its type do not keep, a call given it whose callee the run does not define
 * or that goes through a pointer that may call other code than the run's, or
 * a pointer of its type that reaches such code (escaping_types). */
static bool address_escapes(const project *p, const ir_function *fn, char *const *addr_taken, int naddr_taken,
                            char *const *types, int ntypes, char *const *own, int nown) {
  if (model_name_in(types, (size_t)ntypes, fn->fntype)) return true;
  char *key = xasprintf(ADDRESS_TAKEN_ESCAPES "%s", fn->name);
  bool escapes = model_name_in(addr_taken, (size_t)naddr_taken, key);
  free(key);
  for (int via_pointer = 0; via_pointer < 2 && !escapes; via_pointer++) {
    char *prefix = xasprintf("%s%s:", via_pointer ? ADDRESS_TAKEN_POINTER_ARG : ADDRESS_TAKEN_ARG, fn->name);
    size_t len = strlen(prefix);
    for (int i = sorted_lower_bound(addr_taken, naddr_taken, prefix);
         i < naddr_taken && !strncmp(addr_taken[i], prefix, len) && !escapes; i++)
      escapes = via_pointer ? !calls_own_functions(addr_taken[i] + len, own, nown, addr_taken, naddr_taken)
                            : !defined_in_run(p, addr_taken[i] + len);
    free(prefix);
  }
  return escapes;
}

typedef struct {
  const char *fntype;
  int fn;
} typed_fn;

static int cmp_typed_fn(const void *a, const void *b) {
  const typed_fn *x = a, *y = b;
  int c = strcmp(x->fntype, y->fntype);
  return c ? c : (x->fn > y->fn) - (x->fn < y->fn);
}

/* The functions a call through a pointer of type `fntype` may call: the
 * run's functions of that type whose address is taken and kept in the
 * project's own pointers (*lo .. *hi of `t`, sorted by type). */
static void pointer_targets(const typed_fn *t, int nt, const char *fntype, int *lo, int *hi) {
  *lo = *hi = 0;
  if (!fntype) return;
  int a = 0, b = nt;
  while (a < b) {
    int mid = (a + b) / 2;
    if (strcmp(t[mid].fntype, fntype) < 0) a = mid + 1;
    else b = mid;
  }
  int e = a;
  while (e < nt && !strcmp(t[e].fntype, fntype)) e++;
  *lo = a;
  *hi = e;
}

enum { MAX_FIELD_HOPS = 16 }; /* fields followed from one call through a pointer */

/* The run's direct calls, sorted by callee (for the values a setter's
 * parameter gets: "^FUNC:N"), and which functions' addresses are taken. */
typedef struct {
  const ir_call **calls;
  int n;
  const bool *taken;
} call_index;

static int cmp_call_callee(const void *a, const void *b) {
  return strcmp((*(const ir_call *const *)a)->callee, (*(const ir_call *const *)b)->callee);
}

static call_index call_index_build(const project *p, const bool *taken) {
  call_index ix = {NULL, 0, taken};
  int cap = 0;
  for (int g = 0; g < p->nfns; g++)
    for (int k = 0; k < p->fns[g]->ncalls && !p->fns[g]->summary_only; k++) {
      const ir_call *c = &p->fns[g]->calls[k];
      if (c->callee && !c->via_pointer) VEC_PUSH(ix.calls, ix.n, cap, c);
    }
  if (ix.n > 1) qsort(ix.calls, (size_t)ix.n, sizeof *ix.calls, cmp_call_callee);
  return ix;
}

static bool field_functions(const project *p, const call_index *ix, const char *key, const char **seen, int nseen,
                            const char ***names, int *n, int *cap);

/* The functions the calls of FUNC pass as its parameter N ("^FUNC:N"), into
 * *names: false when one passes something else than a function's name or a
 * null pointer, or FUNC may be called from elsewhere: through a pointer (its
 * address is taken), from code the run does not see (not static), or is not
 * defined in the run. */
static bool parameter_functions(const project *p, const call_index *ix, const char *src, const char ***names, int *n,
                                int *cap) {
  const char *colon = strrchr(src, ':');
  if (!colon) return false;
  char *func = xasprintf("%.*s", (int)(colon - src), src);
  int param = atoi(colon + 1);
  const struct name_range *r = name_slot(p, func);
  bool known = r->lo1 != 0;
  for (int i = r->lo1 - 1; known && i >= 0 && i < r->end; i++)
    known = !ix->taken[p->names[i].fn] && p->fns[p->names[i].fn]->is_static;
  int lo = 0, hi = ix->n;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (strcmp(ix->calls[mid]->callee, func) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (int i = lo; known && i < ix->n && !strcmp(ix->calls[i]->callee, func); i++) {
    const ir_call *c = ix->calls[i];
    if (param >= c->nargs) known = false;
    else if (c->args[param].kind == ARG_FUNCTION && c->args[param].fn) VEC_PUSH(*names, *n, *cap, c->args[param].fn);
    else known = c->args[param].kind == ARG_CONST && c->args[param].value == 0;
  }
  free(func);
  return known;
}

/* The names of the functions the run stores in function pointer field
 * `key` (field_writes.h: "KEY &NAME"), through the fields whose values it
 * copies there ("KEY =OTHER") and the static setters' parameters stored
 * there ("KEY ^FUNC:N"), into *names (pointers into the entries): false
 * when some value is unknown ("?", a global, a call's result) or a
 * field on the way has no value the run stores (code the run does not see
 * may store one). Keys already followed (`seen`) add nothing. */
static bool field_functions(const project *p, const call_index *ix, const char *key, const char **seen, int nseen,
                            const char ***names, int *n, int *cap) {
  for (int i = 0; i < nseen; i++)
    if (!strcmp(seen[i], key)) return true;
  if (nseen == MAX_FIELD_HOPS) return false;
  seen[nseen++] = key;
  char *prefix = xasprintf("%s ", key);
  size_t len = strlen(prefix);
  bool any = false, known = true;
  for (int i = sorted_lower_bound(p->field_writes, p->nfield_writes, prefix);
       i < p->nfield_writes && known && !strncmp(p->field_writes[i], prefix, len); i++) {
    const char *src = p->field_writes[i] + len;
    any = true;
    if (src[0] == '&') VEC_PUSH(*names, *n, *cap, src + 1);
    else if (src[0] == '=') known = field_functions(p, ix, src + 1, seen, nseen, names, n, cap);
    else if (src[0] == '^') known = parameter_functions(p, ix, src + 1, names, n, cap);
    else known = !strcmp(src, "0");
  }
  free(prefix);
  return known && any;
}

/* The targets of a call through a pointer (pointer_targets: the functions of
 * its type kept in the project's pointers), into out (*n of them): for a
 * call through a function pointer field whose every value the run shows
 * (field_functions), only those stored there (stunnel's
 * `c->opt->protocol_early(c)` does not call the `late` handlers). */
static void call_targets(const project *p, const call_index *ix, const typed_fn *t, int nt, const ir_call *c, int *out,
                         int *n) {
  int lo, hi;
  *n = 0;
  pointer_targets(t, nt, c->callee_fntype, &lo, &hi);
  const char **names = NULL;
  int nnames = 0, cap = 0;
  const char *seen[MAX_FIELD_HOPS];
  bool narrowed = c->callee_field && field_functions(p, ix, c->callee_field, seen, 0, &names, &nnames, &cap);
  for (int i = lo; i < hi; i++) {
    bool stored = !narrowed;
    for (int j = 0; j < nnames && !stored; j++) stored = !strcmp(names[j], p->fns[t[i].fn]->name);
    if (stored) out[(*n)++] = t[i].fn;
  }
  free(names);
}

/* Per function g, per call: whether the call is dead for every caller, where
 * every call of g in the run passes constants that rule it out: each gives
 * g's copy for its constant arguments (checker/arg_context.h), in which that
 * call is unreachable (pgagroal's write_complete(NULL, ...): the branch on
 * `ssl != NULL` never runs). NULL for a function some call reaches as it is,
 * through a pointer, from code the run does not see, or that no call reaches. */
static bool **dead_calls(const project *p, const bool *outside) {
  int n = p->nfns;
  bool **dead = xcalloc((size_t)n + 1, sizeof *dead);
  bool *whole = xcalloc((size_t)n + 1, sizeof *whole); /* some caller reaches all of it */
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  for (int h = 0; h < n; h++) {
    if (p->fns[h]->summary_only) continue;
    for (int k = 0; k < p->fns[h]->ncalls; k++) {
      const ir_call *c = &p->fns[h]->calls[k];
      if (!c->callee || c->via_pointer) continue;
      int nd = project_definitions(p, c->callee, p->fns[h], defs, MAX_DEFS);
      for (int i = 0; i < nd && i < MAX_DEFS; i++) {
        int g = defs[i];
        const ir_function *copy = c->callee_copy > 0 && c->callee_copy <= n && nd == 1 ? p->fns[c->callee_copy - 1] : NULL;
        if (!copy || copy->ncalls != p->fns[g]->ncalls) {
          whole[g] = true;
          continue;
        }
        if (!dead[g]) {
          dead[g] = xmalloc(((size_t)copy->ncalls + 1) * sizeof **dead);
          for (int j = 0; j < copy->ncalls; j++) dead[g][j] = true;
        }
        for (int j = 0; j < copy->ncalls; j++)
          dead[g][j] &= ir_call_dropped(&copy->calls[j]);
      }
    }
  }
  for (int g = 0; g < n; g++)
    if (dead[g] && (whole[g] || outside[g])) {
      free(dead[g]);
      dead[g] = NULL;
    }
  free(whole);
  return dead;
}

/* Per function of p: whether one of its name is started as a thread
 * (address_taken.h ADDRESS_TAKEN_THREAD). Owned by the caller. */
static bool *thread_started(const project *p, char *const *addr_taken, int naddr_taken) {
  bool *started = xcalloc((size_t)p->nfns + 1, sizeof *started);
  for (int f = 0; f < p->nfns; f++) {
    char *key = xasprintf(ADDRESS_TAKEN_THREAD "%s", p->fns[f]->name);
    started[f] = model_name_in(addr_taken, (size_t)naddr_taken, key);
    free(key);
  }
  return started;
}

/* Whether the run defines one of the model's thread_starts itself (a
 * single-threaded shim of pthread_create() that runs the routine at once, on
 * the caller's thread): then a routine handed to one is called with the
 * caller's queue, as if its address were taken. */
static bool defines_thread_start(const project *p) {
  const api_model *m = p->model;
  int def;
  for (size_t i = 0; i < m->nthread_starts; i++) {
    ir_function probe = {.tu = -1};
    if (project_definitions(p, m->thread_starts[i], &probe, &def, 1) > 0) return true;
  }
  return false;
}

void project_entry_states(project *p, const unsigned *const *call_in, const int *const *call_origin,
                          char *const *addr_taken, int naddr_taken) {
  int n = p->nfns;
  /* Functions whose address is taken and kept in the project's own pointers
   * of their type: called through those pointers, by the calls through a
   * pointer of that type (a protocol's `late` handler, `c->opt->late(c)`). */
  typed_fn *typed = xmalloc(((size_t)n + 1) * sizeof *typed);
  int ntyped = 0, ntypes, nown = 0;
  bool *taken = xcalloc((size_t)n + 1, sizeof *taken); /* its address is taken */
  char **own = xmalloc(((size_t)n + 1) * sizeof *own); /* their types */
  bool shimmed = defines_thread_start(p);
  bool *threaded = thread_started(p, addr_taken, naddr_taken);
  for (int f = 0; f < n; f++) {
    taken[f] = model_name_in(addr_taken, (size_t)naddr_taken, p->fns[f]->name) || (shimmed && threaded[f]);
    if (taken[f] && p->fns[f]->fntype && !p->fns[f]->summary_only) own[nown++] = p->fns[f]->fntype;
  }
  qsort(own, (size_t)nown, sizeof *own, cmp_strp);
  char **types = escaping_types(p, addr_taken, naddr_taken, own, nown, &ntypes);
  for (int f = 0; f < n; f++) {
    const ir_function *fn = p->fns[f];
    if (fn->summary_only || !fn->fntype || !taken[f] ||
        address_escapes(p, fn, addr_taken, naddr_taken, types, ntypes, own, nown))
      continue;
    typed[ntyped++] = (typed_fn){fn->fntype, f};
  }
  free(types);
  free(own);
  qsort(typed, (size_t)ntyped, sizeof *typed, cmp_typed_fn);
  bool *pointer_called = xcalloc((size_t)n + 1, sizeof *pointer_called);
  /* The targets of every call through a pointer, found once: those of call k
   * of g are targets[target_at[call_at[g] + k]] up to target_at[call_at[g] + k + 1]. */
  int *call_at = xmalloc(((size_t)n + 1) * sizeof *call_at), ncalls_all = 0;
  for (int g = 0; g < n; g++) {
    call_at[g] = ncalls_all;
    ncalls_all += p->fns[g]->ncalls;
  }
  int *target_at = xmalloc(((size_t)ncalls_all + 1) * sizeof *target_at);
  int *targets = NULL, ntargets = 0, targets_cap = 0;
  int *found = xmalloc(((size_t)ntyped + 1) * sizeof *found), nfound;
  call_index calls = call_index_build(p, taken);
  for (int g = 0; g < n; g++)
    for (int k = 0; k < p->fns[g]->ncalls; k++) {
      const ir_call *c = &p->fns[g]->calls[k];
      target_at[call_at[g] + k] = ntargets;
      if (!c->via_pointer || p->fns[g]->summary_only) continue;
      call_targets(p, &calls, typed, ntyped, c, found, &nfound);
      for (int i = 0; i < nfound; i++) {
        pointer_called[found[i]] |= found[i] != g;
        VEC_PUSH(targets, ntargets, targets_cap, found[i]);
      }
    }
  target_at[ncalls_all] = ntargets;
  free(found);
  /* Calls that the constant arguments of every caller rule out bring nothing. */
  bool *outside = xcalloc((size_t)n + 1, sizeof *outside);
  for (int f = 0; f < n; f++)
    outside[f] = pointer_called[f] || taken[f] || threaded[f] ||
                 model_is_entry_point(project_model_of(p, p->fns[f]), p->fns[f]->name);
  bool **dead = dead_calls(p, outside);
  free(outside);
  free(threaded);
  free(p->entry_mask);
  free(p->entry_via);
  p->entry_mask = xcalloc((size_t)n + 1, sizeof *p->entry_mask);
  p->entry_via = xcalloc((size_t)n + 1, sizeof *p->entry_via);
  bool *called = xcalloc((size_t)n + 1, sizeof *called);
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  for (int g = 0; g < n; g++)
    for (int k = 0; k < p->fns[g]->ncalls && !p->fns[g]->summary_only; k++) {
      const ir_call *c = &p->fns[g]->calls[k];
      if (!c->callee || c->via_pointer || (dead[g] && dead[g][k])) continue;
      int nd = project_definitions(p, c->callee, p->fns[g], defs, MAX_DEFS);
      for (int d = 0; d < nd && d < MAX_DEFS; d++) called[defs[d]] |= defs[d] != g;
    }
  for (int f = 0; f < n; f++) called[f] |= pointer_called[f];
  int *work = xmalloc(((size_t)n + 1) * sizeof *work), nwork = 0;
  bool *queued = xcalloc((size_t)n + 1, sizeof *queued);
  for (int f = 0; f < n; f++) {
    if (p->fns[f]->summary_only) continue; /* a copy: its calls are its original's */
    const char *name = p->fns[f]->name;
    entry_kind why = model_is_entry_point(project_model_of(p, p->fns[f]), name) ? ENTRY_CONFIGURED
                     : taken[f] && !pointer_called[f]
                         ? ENTRY_ADDRESS_TAKEN
                     : !called[f] ? ENTRY_NO_CALLER
                                  : ENTRY_CALLED;
    if (why == ENTRY_CALLED) continue;
    /* A static function that nothing of its unit calls and whose address is
     * not taken never runs (a header's `static inline` helper in a unit that
     * does not use it): no caller brings it an error. So too one that the run
     * only starts threads with (pthread_create(t, NULL, fn, arg), the
     * model's thread_starts, whose address that use does not take): a new
     * thread's error queue is empty. A non-static one, which code the run
     * does not see may call, stays unknown. */
    p->entry_mask[f] = why == ENTRY_NO_CALLER && p->fns[f]->is_static ? Q_CLEAN : Q_CLEAN | Q_DIRTY;
    p->entry_via[f] = (entry_link){why, -1, -1, -1};
    work[nwork++] = f;
    queued[f] = true;
  }
  /* Masks only grow (two bits each): every function is queued a few times at most. */
  while (nwork > 0) {
    int g = work[--nwork];
    queued[g] = false;
    for (int k = 0; k < p->fns[g]->ncalls; k++) {
      const ir_call *c = &p->fns[g]->calls[k];
      const int *via = targets ? targets + target_at[call_at[g] + k] : NULL;
      int nvia = target_at[call_at[g] + k + 1] - target_at[call_at[g] + k];
      if (!c->via_pointer ? !c->callee || (dead[g] && dead[g][k]) : nvia == 0) continue;
      unsigned in = call_in[g][k];
      unsigned m = queue_from_caller(in, p->entry_mask[g]);
      if (!m) continue;
      int nd = c->via_pointer ? nvia : project_definitions(p, c->callee, p->fns[g], defs, MAX_DEFS);
      for (int i = 0; i < nd && (c->via_pointer || i < MAX_DEFS); i++) {
        int d = c->via_pointer ? via[i] : defs[i];
        if (!(m & ~p->entry_mask[d])) continue;
        if ((m & Q_DIRTY) && !(p->entry_mask[d] & Q_DIRTY))
          p->entry_via[d] = (entry_link){ENTRY_CALLED, g, k, in & Q_DIRTY ? call_origin[g][k] : -1};
        p->entry_mask[d] |= m;
        if (!queued[d]) {
          queued[d] = true;
          work[nwork++] = d;
        }
      }
    }
  }
  for (int f = 0; f < n; f++)
    if (!p->entry_mask[f]) { /* only unreached callers (a cycle of its own): unknown */
      p->entry_mask[f] = Q_CLEAN | Q_DIRTY;
      p->entry_via[f] = (entry_link){ENTRY_UNREACHED, -1, -1, -1};
    }
  free(called);
  free(work);
  free(queued);
  free(typed);
  free(targets);
  free(target_at);
  free(call_at);
  free(calls.calls);
  free(pointer_called);
  free(p->address_taken);
  p->address_taken = taken;
  for (int f = 0; p->dead_calls && f < n; f++) free(p->dead_calls[f]);
  free(p->dead_calls);
  p->dead_calls = dead;
}

static bool same_loc(ir_loc a, ir_loc b) {
  return a.line == b.line && a.col == b.col && a.file && b.file && !strcmp(a.file, b.file);
}

bool project_dead_call_at(const project *p, int f, ir_loc loc) {
  if (!p->dead_calls || f < 0 || f >= p->nfns || !p->dead_calls[f] || !p->fns[f]->is_static) return false;
  const ir_function *fn = p->fns[f];
  bool any = false;
  for (int k = 0; k < fn->ncalls; k++) /* every call written there (one macro's calls share it) */
    if (same_loc(fn->calls[k].loc, loc)) {
      if (!p->dead_calls[f][k]) return false;
      any = true;
    }
  return any;
}

static void describe_mask(strbuf *sb, unsigned m) {
  static const char *names[] = {"caller's", "empty", "may hold an error"};
  sb_append(sb, "{");
  bool first = true;
  for (int i = 0; i < 3; i++)
    if (m >> i & 1) {
      sb_appendf(sb, "%s%s", first ? "" : ", ", names[i]);
      first = false;
    }
  sb_append(sb, "}");
}

static bool worth_describing(const fn_summary *s) {
  return s->exit_mask != Q_ENTRY || s->drains || s->classify_ret_param >= 0 || s->classifies_stored ||
         s->returns_classification || s->returns_io || s->returns_own_io;
}

typedef struct {
  const ir_function *f;
  const fn_summary *s;
} described;

static int cmp_by_location(const void *a, const void *b) {
  const ir_function *x = ((const described *)a)->f, *y = ((const described *)b)->f;
  int c = strcmp(x->loc.file, y->loc.file);
  if (c) return c;
  if (x->loc.line != y->loc.line) return x->loc.line < y->loc.line ? -1 : 1;
  return strcmp(x->name, y->name);
}

char *project_describe(const project *p) {
  described *order = xmalloc(((size_t)p->nfns + 1) * sizeof *order);
  int n = 0;
  for (int i = 0; i < p->nfns; i++)
    if (worth_describing(&p->sums[i]) && !p->fns[i]->summary_only) order[n++] = (described){p->fns[i], &p->sums[i]};
  qsort(order, (size_t)n, sizeof *order, cmp_by_location);
  strbuf sb = {0};
  size_t prev_start = 0, prev_len = 0;
  for (int k = 0; k < n; k++) {
    const ir_function *f = order[k].f;
    const fn_summary *s = order[k].s;
    size_t start = sb.len;
    sb_appendf(&sb, "%s:%u: %s: queue at exit ", f->loc.file, f->loc.line, f->name);
    describe_mask(&sb, s->exit_mask);
    if (s->drains) sb_append(&sb, "; drains");
    if (s->classify_ret_param >= 0) sb_appendf(&sb, "; classifies argument %d", s->classify_ret_param + 1);
    if (s->drains_before_classify) sb_append(&sb, " after a call that drains");
    if (s->classifies_stored) sb_append(&sb, "; classifies an I/O result kept in a field");
    if (s->returns_classification) sb_append(&sb, "; returns the classification");
    if (s->fail_n > 0) {
      sb_append(&sb, "; pushes only when it returns");
      for (int i = 0; i < s->fail_n; i++) sb_appendf(&sb, "%s %lld", i ? "," : "", s->fail_vals[i]);
    }
    if (s->returns_io) {
      sb_append(&sb, "; returns an I/O result, the queue before that I/O ");
      describe_mask(&sb, s->io_in_mask);
      sb_appendf(&sb, ", after a success (>= %d) ", s->io_success_min);
      describe_mask(&sb, s->io_success_mask);
    } else if (s->returns_own_io) {
      sb_appendf(&sb, "; returns the result of I/O it classifies, after a success (>= %d) ", s->io_success_min);
      describe_mask(&sb, s->io_success_mask);
    }
    if (s->rets.n > 0) {
      sb_append(&sb, "; returns");
      for (int i = 0; i < s->rets.n; i++) {
        sb_appendf(&sb, "%s %s%lld", i ? "," : "", s->rets.range[i] ? ">= " : "", s->rets.val[i]);
        if (s->rets.param >= 0 && s->rets.param_lb[i] != LLONG_MIN)
          sb_appendf(&sb, " when argument %d >= %lld", s->rets.param + 1, s->rets.param_lb[i]);
        sb_append(&sb, " ");
        describe_mask(&sb, s->rets.exit_mask[i]);
      }
    }
    sb_append(&sb, "\n");
    /* A header's helper, summarized alike in every includer: once. */
    if (k > 0 && sb.len - start == prev_len && !memcmp(sb.data + start, sb.data + prev_start, prev_len)) {
      sb.len = start;
      sb.data[start] = '\0';
      continue;
    }
    prev_start = start;
    prev_len = sb.len - start;
  }
  free(order);
  return sb_take(&sb);
}

/* Why fns[start] may push (OSSL_LINT_DERIVE_WHY=NAME[,NAME...], OSSL_LINT_WHY:
 * maintainers' aids): breadth first through the calls that may push, the
 * shortest chain down to a call that no function of the run defines (a
 * primitive, a model function, an unresolved pointer), printed caller first,
 * with what each call returns when it pushes. */
static void explain_pushes(const project *p, int start) {
  int *parent = xmalloc(((size_t)p->nfns + 1) * sizeof *parent), *line = xcalloc((size_t)p->nfns + 1, sizeof *line);
  int *queue = xmalloc(((size_t)p->nfns + 1) * sizeof *queue), head = 0, tail = 0;
  for (int i = 0; i < p->nfns; i++) parent[i] = -2;
  parent[start] = -1;
  queue[tail++] = start;
  int leaf_fn = -1, leaf_call = -1;
  while (head < tail && leaf_fn < 0) {
    int fn = queue[head++];
    const ir_function *f = p->fns[fn];
    fn_facts x;
    facts_compute(p, f, &x);
    for (int i = 0; i < f->ncalls && leaf_fn < 0; i++) {
      if (!x.effects[i].dirties) continue;
      const call_target *t = project_call_target(p, f, &f->calls[i]);
      if (t->ndefs == 0) {
        leaf_fn = fn;
        leaf_call = i;
      }
      for (int j = 0; j < t->ndefs && j < CALL_MAX_DEFS; j++)
        if (parent[t->defs[j]] == -2 && (p->sums[t->defs[j]].exit_mask & Q_DIRTY)) {
          parent[t->defs[j]] = fn;
          line[t->defs[j]] = (int)f->calls[i].loc.line;
          queue[tail++] = t->defs[j];
        }
    }
    facts_free(&x);
  }
  if (leaf_fn < 0) {
    fprintf(stderr, "  %s: no call that may push found\n", p->fns[start]->name);
  } else {
    int chain[64], n = 0;
    for (int fn = leaf_fn; fn >= 0 && n < 64; fn = parent[fn]) chain[n++] = fn;
    for (int k = n - 1; k > 0; k--)
      fprintf(stderr, "  %*s%s -> %s (%s:%d)\n", 2 * (n - 1 - k), "", p->fns[chain[k]]->name, p->fns[chain[k - 1]]->name,
              p->fns[chain[k]]->loc.file, line[chain[k - 1]]);
    const ir_function *f = p->fns[leaf_fn];
    fn_facts x;
    facts_compute(p, f, &x);
    const ir_call *c = &f->calls[leaf_call];
    fprintf(stderr, "  %*s%s -> %s (%s:%u)", 2 * (n - 1), "", f->name, c->callee ? c->callee : "(pointer)",
            f->loc.file, c->loc.line);
    for (int k = 0; k < x.effects[leaf_call].nfail; k++)
      fprintf(stderr, "%s%lld", k ? ", " : " pushes only when it returns ", x.effects[leaf_call].fail[k]);
    fputc('\n', stderr);
    facts_free(&x);
  }
  free(parent);
  free(line);
  free(queue);
}

void project_explain_pushes(const project *p, const char *list) {
  char *names = xstrdup(list), *save = NULL;
  for (char *name = strtok_r(names, ",", &save); name; name = strtok_r(NULL, ",", &save)) {
    fprintf(stderr, "why %s may push:\n", name);
    size_t len = strlen(name);
    bool prefix = len > 0 && name[len - 1] == '*'; /* `SSL_ctrl@*`: the copies too */
    for (int i = 0; i < p->nfns; i++)
      if (prefix ? !strncmp(p->fns[i]->name, name, len - 1) : !strcmp(p->fns[i]->name, name)) {
        if (prefix) fprintf(stderr, " %s:\n", p->fns[i]->name);
        explain_pushes(p, i);
      }
  }
  free(names);
}

/* What the calls of a function give one of its parameters, for
 * project_resolve_param_io(): the model's entry of the OpenSSL TLS I/O
 * function they all pass there, or none (bad). */
typedef struct {
  bool wanted; /* the function calls through this parameter */
  bool bad;    /* some call passes something else, or an I/O call with another SSL argument */
  int ncalls;
  const api_function *api;
} param_io;

/* Folds into q what call c passes as the parameter: of several I/O
 * functions, one whose 0 is no premature close (SSL_write before SSL_read),
 * so that OSSL005 claims nothing of the others'. */
static void param_io_fold(param_io *q, const api_model *m, const ir_arg *a) {
  const api_function *api = a && a->kind == ARG_FUNCTION && a->fn ? model_lookup(m, a->fn) : NULL;
  if (!api || api->role != ROLE_IO || (q->api && api->ssl_arg != q->api->ssl_arg)) {
    q->bad = true;
    return;
  }
  if (!q->api || (q->api->zero_ambiguous && !api->zero_ambiguous)) q->api = api;
  q->ncalls++;
}

/* A call through parameter j of f is the TLS I/O call every call of f passes
 * there (glusterfs's `ssl_do(priv, buf, len, SSL_read)` and `... SSL_write`,
 * ruby/openssl's `ossl_start_ssl(self, SSL_connect, ...)`): f is static, its
 * unit does not take its address, it never assigns j, and it has at least one
 * call. One pass over the run's calls. */
void project_resolve_param_io(project *p, int ntus, char *const *const *addr_taken, const int *naddr_taken) {
  param_io **params = xcalloc((size_t)p->nfns + 1, sizeof *params); /* per function that calls through one */
  for (int i = 0; i < p->nfns; i++) {
    const ir_function *f = p->fns[i];
    if (!f->is_static || f->summary_only || f->tu < 0 || f->tu >= ntus ||
        model_name_in(addr_taken[f->tu], (size_t)naddr_taken[f->tu], f->name))
      continue;
    for (int k = 0; k < f->ncalls; k++) {
      int j = f->calls[k].callee_param;
      if (!f->calls[k].via_pointer || j < 0 || j >= f->nparams || p->targets[i][k].api || ir_assigns(f, j)) continue;
      if (!params[i]) params[i] = xcalloc((size_t)f->nparams, sizeof **params);
      params[i][j].wanted = true;
    }
  }
  int def;
  for (int g = 0; g < p->nfns; g++) {
    const ir_function *h = p->fns[g];
    if (h->summary_only) continue; /* a copy: its calls are its original's */
    for (int k = 0; k < h->ncalls; k++) {
      const ir_call *c = &h->calls[k];
      if (c->via_pointer || !c->callee || project_definitions(p, c->callee, h, &def, 1) != 1 || !params[def]) continue;
      const ir_function *f = p->fns[def];
      for (int j = 0; j < f->nparams; j++)
        if (params[def][j].wanted) param_io_fold(&params[def][j], project_model_of(p, f), j < c->nargs ? &c->args[j] : NULL);
    }
  }
  for (int i = 0; i < p->nfns; i++) {
    for (int k = 0; params[i] && k < p->fns[i]->ncalls; k++) {
      const ir_call *c = &p->fns[i]->calls[k];
      const param_io *q = c->via_pointer && c->callee_param >= 0 && c->callee_param < p->fns[i]->nparams
                              ? &params[i][c->callee_param]
                              : NULL;
      if (q && q->wanted && !q->bad && q->ncalls > 0 && !p->targets[i][k].api) p->targets[i][k].api = q->api;
    }
    free(params[i]);
  }
  free(params);
}
