/* OSSL005 premature-close: code that takes a premature close (the peer ended
 * the transport without close_notify: a possible truncation) for a clean one.
 * Two shapes: SSL_read()'s 0 taken as the end of the data on a path that never
 * asks SSL_get_error(), and SSL_ERROR_SYSCALL/SSL_ERROR_SSL handled by the same
 * code as SSL_ERROR_ZERO_RETURN. Testing ERR_peek_error() == 0 in the same
 * condition (nginx) marks the choice as deliberate. */
#include <limits.h>
#include "path.h"
#include "registry.h"

#include "outcome.h"
#include "util.h"
#include "const_env.h"
#include "hash.h"

#include <stdlib.h>
#include <string.h>

/* The block classifies a result, or hands the result `var` to the caller. */
static bool block_classifies(const rule_ctx *ctx, int b, int var) {
  const ir_block *blk = &ctx->f->blocks[b];
  for (int i = 0; i < blk->nev; i++) {
    const ir_event *ev = &blk->ev[i];
    if (ev->kind == EV_CALL && ctx->x->effects[ev->call].is_classify) return true;
    if (ev->kind == EV_RETURN && var >= 0 && ev->var == var) return true;
  }
  return false;
}

/* A walk that follows the read `io` having returned 0: a branch on its result
 * (the call's own, or `var` on the ways where it still holds it: the walk
 * knows per way whether a block gave var another value since the read) is
 * followed only along the edges 0 may take (`n <= 0` true, `n == 0` true,
 * `n > 0` false). NULL: every edge. */
typedef struct {
  int io, var;
  long long value; /* the result followed: 0, or -1 for a failed read's ways */
  /* A failed read's ways: not along an edge taken only for a clean close
   * (`case SSL_ERROR_ZERO_RETURN:`), whose code is no failure's. NULL: every edge. */
  const rule_ctx *failed_of;
  /* The read's buffer and length arguments, variables (nobytes_var) that
   * still hold what the read was given in the blocks nobytes_holding marks
   * (NULL: none): an edge out of such a block taken only when one is 0 (`if
   * (len == 0)`, `if (!buf)`) is on the ways of a read that asked for no
   * bytes, whose 0 says nothing of the data: not followed. */
  int nobytes_var[2];
  const bool *nobytes_holding[2];
  /* Variables whose constants the walk follows per way (NULL: none): a
   * branch on one is taken only where the constant it was given may go
   * (`ssl_error = SSL_ERROR_ZERO_RETURN; ... switch (ssl_error)`). */
  const const_env_vars *env;
  const rule_ctx *ctx; /* the function's (for the calls a branch tests) */
  /* var is given a computed value somewhere (`j++`, `j = a + b`): a counter
   * or the like, whose `j = 0;` starts a count, not the read's 0 given again */
  bool computed;
  /* With failed_of: not along an edge taken only for a want either
   * (`SSL_get_error(...) == SSL_ERROR_WANT_READ`): a retry, not a failure. */
  bool fatal_only;
} zero_result;

static bool clean_close_edge(const rule_ctx *ctx, const ir_block *blk, int e);
static bool want_only_edge(const rule_ctx *ctx, const ir_block *blk, int e);

/* Whether var holds the read's result after blk's events, given whether it
 * did before them (held): its last definition there decides. */
static bool holds_after(const ir_block *blk, const zero_result *z, bool held) {
  if (!z || z->var < 0) return false;
  for (int i = blk->nev - 1; i >= 0; i--)
    if (blk->ev[i].kind == EV_DEF && blk->ev[i].var == z->var)
      /* the read's result, or the value followed given again (`if (n <= 0) n = 0;`) */
      return blk->ev[i].src_call == z->io ||
             (blk->ev[i].has_value && blk->ev[i].value == z->value && !z->computed);
  return held;
}

/* Whether taking edge e of blk proves variable v 0: the false edge of a
 * truth test of v, the true edge of `v == 0` (the false one of `v != 0`), a
 * `case 0:` of a switch on v. */
static bool edge_proves_zero(const ir_block *blk, int e, int v) {
  if (v < 0) return false;
  const ir_edge *ed = &blk->succ[e];
  if (blk->cmp_var == v && blk->cmp_k == 0 && ir_cmp_on_edge(blk, e, blk->cmp_op) == CMP_EQ) return true;
  /* an unsigned `len == 0` (equality says the same in any type) */
  if (blk->rng_var == v && blk->rng_var2 < 0 && blk->rng_k == 0 && ir_cmp_on_edge(blk, e, blk->rng_op) == CMP_EQ)
    return true;
  if (blk->cond_var != v) return false;
  if (ed->kind == IR_EDGE_CASE) return ed->has_value && ed->value == 0;
  if (ed->kind != IR_EDGE_TRUE && ed->kind != IR_EDGE_FALSE) return false;
  if (blk->cmp_var == v && blk->cmp_op != CMP_NONE) return false; /* a comparison, handled above */
  return ed->kind == (blk->cond_true_nonzero ? IR_EDGE_FALSE : IR_EDGE_TRUE);
}

/* Whether edge e of blk is taken only once the peer's close_notify was
 * received: `SSL_get_shutdown(s) == SSL_RECEIVED_SHUTDOWN` true (the model's
 * close_notify_bits), where a 0 is a clean close. */
static bool close_notify_edge(const rule_ctx *ctx, int io, const ir_block *blk, int e) {
  if (!ctx || io < 0 || blk->cmp_call < 0 || ir_cmp_on_edge(blk, e, blk->cmp_op) != CMP_EQ) return false;
  const ir_function *f = ctx->f;
  const ir_call *q = &f->calls[blk->cmp_call];
  const api_function *api = q->callee && !q->via_pointer ? model_lookup(ctx->p->model, q->callee) : NULL;
  if (!api || !api->close_notify_bits || (blk->cmp_k & api->close_notify_bits) != api->close_notify_bits) return false;
  /* about the read's own SSL: the same variable, never given another value,
   * or the same field or variable of static storage (`sc->ssl`) */
  int sa = api->ssl_arg >= 0 ? api->ssl_arg : 0;
  const api_function *rd = f->calls[io].callee ? model_lookup(ctx->p->model, f->calls[io].callee) : NULL;
  int ra = rd && rd->ssl_arg >= 0 ? rd->ssl_arg : 0;
  if (sa >= q->nargs || ra >= f->calls[io].nargs) return false;
  const ir_arg *x = &q->args[sa], *y = &f->calls[io].args[ra];
  bool same_var = x->kind == ARG_VAR && y->kind == ARG_VAR && x->var == y->var && !ir_assigns(f, x->var);
  bool same_field = y->kind == ARG_OTHER && ir_arg_names_object(x, y->field);
  if (!same_var && !same_field) return false;
  /* and a state the code did not set itself (SSL_set_shutdown(), a quiet SSL_shutdown()) */
  for (int k = 0; k < f->ncalls; k++)
    if (f->calls[k].callee && model_name_in(ctx->p->model->shutdown_setters, ctx->p->model->nshutdown_setters,
                                            f->calls[k].callee))
      return false;
  return true;
}

/* Whether the 0 may take edge e of block b (held: var holds the read's
 * result at b's condition on this way). */
static bool edge_admits_zero(const ir_block *blk, int b, int e, const zero_result *z, bool held) {
  if (!z) return true;
  if (z->failed_of && clean_close_edge(z->failed_of, blk, e)) return false;
  if (z->failed_of && z->fatal_only && want_only_edge(z->failed_of, blk, e)) return false;
  if (z->value == 0 && close_notify_edge(z->ctx, z->io, blk, e)) return false; /* a clean close, not an EOF */
  for (int i = 0; i < 2; i++)
    if (z->nobytes_holding[i] && z->nobytes_holding[i][b] && edge_proves_zero(blk, e, z->nobytes_var[i]))
      return false; /* taken only when the read asked for no bytes */
  int var = z->var >= 0 && held ? z->var : -1;
  return !ir_block_tests(blk, z->io, var) || ir_value_edge_admits(blk, e, z->io, var, z->value);
}

/* Blocks reachable from `from` (included) without passing through a block
 * `stop` says ends the walk, along the edges z admits; `seen` gets them, and
 * the stopping blocks too when mark_stop. held0: z's var holds the read's
 * result on entering `from`; the walk goes by (block, whether it holds it),
 * and `held` (or NULL) gets the blocks whose condition sees it holding it on
 * some way. */
static void reach_plain(const rule_ctx *ctx, int from, bool held0, int var, bool (*stop)(const rule_ctx *, int, int),
                        bool mark_stop, const zero_result *z, bool *seen, bool *held) {
  const ir_function *f = ctx->f;
  size_t nodes = 2 * ((size_t)f->nblocks + 1);
  int *stack = xmalloc(nodes * sizeof *stack), sp = 0;
  bool *visited = xcalloc(nodes, sizeof *visited);
  int start = 2 * from + (z && z->var >= 0 && held0);
  stack[sp++] = start;
  visited[start] = true;
  while (sp) {
    int node = stack[--sp], b = node / 2;
    bool stops = stop(ctx, b, var);
    if (!stops || mark_stop) seen[b] = true;
    if (stops) continue;
    bool h = holds_after(&f->blocks[b], z, node % 2);
    if (held && h) held[b] = true;
    for (int e = 0; e < f->blocks[b].nsucc; e++) {
      int to = 2 * f->blocks[b].succ[e].to + h;
      if (!visited[to] && edge_admits_zero(&f->blocks[b], b, e, z, h)) {
        visited[to] = true;
        stack[sp++] = to;
      }
    }
  }
  free(stack);
  free(visited);
}

/* The same walk by (block, holding, the constants of z->env's variables),
 * every constant unknown at `from`; false when it would take more than
 * MAX_NODES of those (then nothing is to be taken from seen and held). */
enum { MAX_NODES = 50000 };
typedef struct {
  int block;
  bool held;
  const_env env;
} env_node;

static uint64_t env_node_hash(const env_node *n) {
  uint64_t h = hash64_mix((uint64_t)n->block * 2 + n->held, (uint64_t)n->env.known << 32 | n->env.escaped);
  for (int j = 0; j < CONST_ENV_VARS; j++)
    if (n->env.known >> j & 1) h = hash64_mix(h, (uint64_t)n->env.val[j]);
  return h;
}

static bool env_node_same(const env_node *a, const env_node *b) {
  if (a->block != b->block || a->held != b->held || a->env.known != b->env.known || a->env.escaped != b->env.escaped)
    return false;
  for (int j = 0; j < CONST_ENV_VARS; j++)
    if ((a->env.known >> j & 1) && a->env.val[j] != b->env.val[j]) return false;
  return true;
}

/* The nodes of a walk, found again by hash (open addressing). */
typedef struct {
  env_node *v;
  int n, cap;
  int *table; /* node index, -1 empty */
  size_t slots;
} env_nodes;

/* Adds node x unless there: its index, -1 when it was there, -2 when full. */
static int env_nodes_add(env_nodes *ns, const env_node *x) {
  size_t s = (size_t)env_node_hash(x) & (ns->slots - 1);
  while (ns->table[s] >= 0) {
    if (env_node_same(&ns->v[ns->table[s]], x)) return -1;
    s = (s + 1) & (ns->slots - 1);
  }
  if (ns->n >= MAX_NODES) return -2;
  VEC_PUSH(ns->v, ns->n, ns->cap, *x);
  ns->table[s] = ns->n - 1;
  return ns->n - 1;
}

static bool reach_env(const rule_ctx *ctx, int from, bool held0, int var, bool (*stop)(const rule_ctx *, int, int),
                      bool mark_stop, const zero_result *z, bool *seen, bool *held) {
  const ir_function *f = ctx->f;
  env_nodes ns = {.slots = 1};
  while (ns.slots < 2 * (size_t)MAX_NODES) ns.slots *= 2;
  ns.table = xmalloc(ns.slots * sizeof *ns.table);
  for (size_t i = 0; i < ns.slots; i++) ns.table[i] = -1;
  int *stack = NULL, sp = 0, stack_cap = 0;
  env_node start = {from, z->var >= 0 && held0, const_env_start(z->env)};
  VEC_PUSH(stack, sp, stack_cap, env_nodes_add(&ns, &start));
  bool ok = true;
  while (sp && ok) {
    env_node cur = ns.v[stack[--sp]];
    int b = cur.block;
    bool stops = stop(ctx, b, var);
    if (!stops || mark_stop) seen[b] = true;
    if (stops) continue;
    bool h = holds_after(&f->blocks[b], z, cur.held);
    if (held && h) held[b] = true;
    const_env out = cur.env;
    const_env_block(f, z->env, &f->blocks[b], &out);
    for (int e = 0; e < f->blocks[b].nsucc && ok; e++) {
      if (!edge_admits_zero(&f->blocks[b], b, e, z, h) || !const_env_edge_admits(z->env, &out, &f->blocks[b], e))
        continue;
      env_node next = {f->blocks[b].succ[e].to, z->var >= 0 && h, out};
      int i = env_nodes_add(&ns, &next);
      if (i == -2) ok = false;
      else if (i >= 0) VEC_PUSH(stack, sp, stack_cap, i);
    }
  }
  free(ns.table);
  free(ns.v);
  free(stack);
  return ok;
}

static void reach_held(const rule_ctx *ctx, int from, bool held0, int var, bool (*stop)(const rule_ctx *, int, int),
                       bool mark_stop, const zero_result *z, bool *seen, bool *held) {
  if (z && z->env && z->env->n > 0) {
    const ir_function *f = ctx->f;
    bool *s = xcalloc((size_t)f->nblocks + 1, sizeof *s), *h = held ? xcalloc((size_t)f->nblocks + 1, sizeof *h) : NULL;
    bool ok = reach_env(ctx, from, held0, var, stop, mark_stop, z, s, h);
    for (int b = 0; ok && b < f->nblocks; b++) {
      seen[b] |= s[b];
      if (held) held[b] |= h[b];
    }
    free(s);
    free(h);
    if (ok) return;
  }
  reach_plain(ctx, from, held0, var, stop, mark_stop, z, seen, held);
}

static void reach(const rule_ctx *ctx, int from, int var, bool (*stop)(const rule_ctx *, int, int), bool mark_stop,
                  const zero_result *z, bool held0, bool *seen) {
  reach_held(ctx, from, held0, var, stop, mark_stop, z, seen, NULL);
}

/* Blocks reachable from `from` (included) along the edges z admits without
 * passing through a block that classifies; `seen` gets them. */
static void reach_unclassified(const rule_ctx *ctx, int from, bool held0, int var, const zero_result *z, bool *seen) {
  reach(ctx, from, var, block_classifies, true, z, held0, seen);
}

static bool block_assigns(const rule_ctx *ctx, int b, int var) {
  for (int i = 0; i < ctx->f->blocks[b].nev; i++)
    if (ctx->f->blocks[b].ev[i].kind == EV_DEF && ctx->f->blocks[b].ev[i].var == var) return true;
  return false;
}

/* Blocks reachable from `from` (included) where `var` still holds the value it
 * had at `from`'s start: a block that assigns var is not one (its test comes
 * after the assignment), nor what only such a block leads to. */
static void reach_holding(const rule_ctx *ctx, int from, int var, bool *seen) {
  reach(ctx, from, var, block_assigns, false, NULL, false, seen);
}

static bool never_stops(const rule_ctx *ctx, int b, int var) {
  (void)ctx, (void)b, (void)var;
  return false;
}

/* Blocks where `var` may hold something else than the result the read in
 * `home` gave it: a block that assigns it (but home, the read's own), and
 * every block that one reaches. */
static void reach_reassigned(const rule_ctx *ctx, int home, int var, bool *seen) {
  const ir_function *f = ctx->f;
  if (var < 0) return;
  bool *from_home = xcalloc((size_t)f->nblocks + 1, sizeof *from_home);
  for (int e = 0; e < f->blocks[home].nsucc; e++)
    reach(ctx, f->blocks[home].succ[e].to, var, never_stops, false, NULL, false, from_home);
  for (int b = 0; b < f->nblocks; b++)
    if (b != home && from_home[b] && !seen[b] && block_assigns(ctx, b, var))
      reach(ctx, b, var, never_stops, false, NULL, false, seen);
  free(from_home);
}

static bool exits_unclassified(const rule_ctx *ctx, int from, bool held0, int var, const zero_result *z) {
  bool *seen = xcalloc((size_t)ctx->f->nblocks, sizeof *seen);
  reach_unclassified(ctx, from, held0, var, z, seen);
  bool found = seen[ctx->f->exit] && !block_classifies(ctx, ctx->f->exit, var);
  free(seen);
  return found;
}

enum { MAX_OUTCOMES = 8, CALLER_DEPTH = 4 };

/* Whether v is one of vals (n of them). */
static bool has_outcome(const long long *vals, int n, long long v) {
  for (int j = 0; j < n; j++)
    if (vals[j] == v) return true;
  return false;
}

static int failure_constants(const rule_ctx *ctx, int home, const zero_result *z, bool held_home, bool negative_only,
                             bool *fail_ways, long long *fv);

/* Whether every way out from `from` that classifies nothing hands back the
 * data read before the 0: it returns a local count or pointer kept apart
 * from the read's result `var` (`if (n == 0) return got;`, `return buff;`),
 * or, where there was none, a constant a failed read's way returns too
 * (`return NULL;`), and at least one way returns the data: the 0 ends this
 * call's data, not the stream (thc-hydra's hydra_receive_line()). */
static bool returns_earlier_data(const rule_ctx *ctx, int home, bool held_home, int from, bool held0, int var,
                                 const zero_result *z) {
  const ir_function *f = ctx->f;
  bool *seen = xcalloc((size_t)f->nblocks, sizeof *seen);
  reach_unclassified(ctx, from, held0, var, z, seen);
  bool any = false, all = true;
  long long fv[MAX_OUTCOMES];
  int nf = -1; /* the failure's constants, found when first needed */
  for (int b = 0; b < f->nblocks && all; b++) {
    if (!seen[b] || block_classifies(ctx, b, var)) continue;
    for (int i = 0; i < f->blocks[b].nev && all; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      int w = ev->var;
      bool count = w >= 0 && w != var && w >= f->nparams && (f->vars[w].int_like || f->vars[w].pointer) &&
                   ir_var_is_local(f, w);
      any |= count;
      if (count) continue;
      const ir_return *r = ev->ret >= 0 && ev->call < 0 && w < 0 ? &f->rets[ev->ret] : NULL;
      if (!r || r->nvals <= 0) {
        all = false;
        break;
      }
      if (nf < 0) {
        bool *fail_ways = xcalloc((size_t)f->nblocks + 1, sizeof *fail_ways);
        nf = failure_constants(ctx, home, z, held_home, false, fail_ways, fv);
        free(fail_ways);
      }
      for (int k = 0; k < r->nvals && all; k++) all = has_outcome(fv, nf, r->vals[k]);
    }
  }
  free(seen);
  return any && all;
}

/* Add v to vals (*n of them, at most MAX_OUTCOMES) unless it is there; false when full. */
static bool add_outcome(long long *vals, int *n, long long v) {
  for (int j = 0; j < *n; j++)
    if (vals[j] == v) return true;
  if (*n == MAX_OUTCOMES) return false;
  vals[(*n)++] = v;
  return true;
}

/* The constants returned from the blocks of `seen` that classify nothing, into
 * vals (at most MAX_OUTCOMES): false when one returns anything else, or a way
 * leaves f without a value. */
static bool constants_returned(const rule_ctx *ctx, const bool *seen, int var, long long *vals, int *n) {
  const ir_function *f = ctx->f;
  *n = 0;
  for (int b = 0; b < f->nblocks; b++) {
    if (!seen[b] || b == f->exit || block_classifies(ctx, b, var)) continue;
    const ir_block *blk = &f->blocks[b];
    bool returns = false;
    for (int i = 0; i < blk->nev; i++) {
      const ir_event *ev = &blk->ev[i];
      if (ev->kind != EV_RETURN) continue;
      returns = true;
      const ir_return *r = ev->ret >= 0 ? &f->rets[ev->ret] : NULL;
      if (ev->call >= 0 || !r || r->nvals <= 0) return false;
      for (int k = 0; k < r->nvals; k++)
        if (!add_outcome(vals, n, r->vals[k])) return false;
    }
    for (int e = 0; e < blk->nsucc && !returns; e++)
      if (blk->succ[e].to == f->exit) return false; /* falls off the end, or `return;` */
  }
  return *n > 0;
}

/* Whether each caller of project function fn does the same with fn's result
 * being a as with its being b (outcome_alike at each call site, where the
 * result goes into a variable; a caller that returns the result hands the
 * question to its own callers, depth more levels). Only for a static
 * function, whose every caller is in its translation unit: a function others
 * may call, an entry point or one whose address is taken has callers the run
 * does not see. memo (per function, for this a and b): 0 not asked yet, 1
 * alike, 2 not, 3 being asked (a cycle: not known alike). */
static bool callers_alike(const project *p, int fn, long long a, long long b, int depth, unsigned char *memo) {
  if (a == b) return true;
  if (memo[fn]) return memo[fn] == 1;
  if (depth == 0 || !p->entry_via || !p->fns[fn]->is_static) return false;
  entry_kind k = p->entry_via[fn].kind;
  if (k != ENTRY_CALLED && k != ENTRY_UNREACHED) return false;
  memo[fn] = 3;
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  bool any = false, alike = true;
  for (int g = 0; g < p->nfns && alike; g++) {
    const ir_function *caller = p->fns[g];
    if (caller->summary_only) continue; /* a copy: its calls are its original's */
    for (int c = 0; c < caller->ncalls && alike; c++) {
      const ir_call *call = &caller->calls[c];
      if (!call->callee || call->via_pointer) continue;
      int nd = project_definitions(p, call->callee, caller, defs, MAX_DEFS);
      bool calls_fn = false;
      for (int d = 0; d < nd && d < MAX_DEFS; d++) calls_fn |= defs[d] == fn;
      if (!calls_fn && nd <= MAX_DEFS) continue;
      any = true;
      if (nd > MAX_DEFS) {
        alike = false;
      } else if (call->result_discarded) {
        continue;
      } else if (call->result_returned) {
        alike = callers_alike(p, g, a, b, depth - 1, memo);
      } else {
        /* the result in a variable of the caller's own, read only where the IR says */
        int v = call->result_var, home, ev;
        bool returned = false;
        outcome_subject s = {c, v};
        alike = v >= 0 && !call->result_escapes && !caller->vars[v].escapes && !ir_var_aliasable(caller, v) &&
                ir_var_is_local(caller, v) && ir_call_position(caller, c, &home, &ev) &&
                outcome_alike(caller, home, ev + 1, &s, a, b, &returned) &&
                (!returned || callers_alike(p, g, a, b, depth - 1, memo));
      }
    }
  }
  memo[fn] = any && alike ? 1 : 2;
  return memo[fn] == 1;
}

/* Whether argument a is `&v` for a local variable v of f's that nothing
 * outside f sees: not stored where a caller can see it, not returned, not
 * copied, and given to no call but OpenSSL's or the C library's (not to a
 * function of the project's, defined in the run or not: `BIO_get_ssl(b,
 * &closed); return finish(s, closed);` hands the caller what the 0's way
 * wrote). What a call of OpenSSL or the C library writes there
 * (`BIO_get_ssl(b, &ssl)`) is no record of f's callers. */
static bool into_own_local(const rule_ctx *ctx, const ir_arg *a) {
  const ir_function *f = ctx->f;
  int v = a->addr_var;
  if (v < 0 || !ir_var_is_local(f, v) || f->vars[v].escapes || f->vars[v].returned || ir_var_copied(f, v))
    return false;
  for (int k = 0; k < f->ncalls; k++) {
    const ir_call *c = &f->calls[k];
    for (int i = 0; i < c->nargs; i++)
      if (c->args[i].kind == ARG_VAR && c->args[i].var == v && (c->via_pointer || !(c->callee_openssl || c->callee_system)))
        return false;
  }
  return true;
}

/* Whether call k of f may record something a caller can read: a project
 * function (it may store anything), or one handed a pointer it may write
 * through. A log line of the C library's does neither. */
static bool call_may_record(const rule_ctx *ctx, int k) {
  const ir_call *c = &ctx->f->calls[k];
  if (ctx->x->effects[k].resolved_by_summary || c->via_pointer || !c->callee) return true;
  /* SSL_set_shutdown(s, SSL_RECEIVED_SHUTDOWN), SSL_shutdown(), quiet
   * shutdown: the SSL itself records the close as a clean one */
  const api_model *m = project_model_of(ctx->p, ctx->f);
  if (model_name_in(m->shutdown_setters, m->nshutdown_setters, c->callee)) return true;
  for (int i = 0; i < c->nargs; i++)
    if (c->args[i].writes_through && !into_own_local(ctx, &c->args[i])) return true;
  return false;
}

/* Whether edge e of blk is taken only for a clean close: it tests a
 * classification's result, admits SSL_ERROR_ZERO_RETURN, and admits neither
 * SSL_ERROR_SSL nor SSL_ERROR_SYSCALL. */
static bool clean_close_edge(const rule_ctx *ctx, const ir_block *blk, int e) {
  const api_model *m = project_model_of(ctx->p, ctx->f);
  for (int k = 0; k < ctx->f->ncalls; k++) {
    if (!ctx->x->effects[k].is_classify) continue;
    int var = ctx->f->calls[k].result_var;
    if (ir_block_tests(blk, k, var) && ir_value_edge_admits(blk, e, k, var, m->ssl_error_zero_return) &&
        !ir_value_edge_admits(blk, e, k, var, m->ssl_error_ssl) &&
        !ir_value_edge_admits(blk, e, k, var, m->ssl_error_syscall))
      return true;
  }
  return false;
}

/* Whether edge e of blk is taken only for a want: it tests a classification's
 * result, admits SSL_ERROR_WANT_READ or SSL_ERROR_WANT_WRITE, and admits
 * neither SSL_ERROR_SSL nor SSL_ERROR_SYSCALL (`!= SSL_ERROR_WANT_READ` false). */
static bool want_only_edge(const rule_ctx *ctx, const ir_block *blk, int e) {
  const api_model *m = project_model_of(ctx->p, ctx->f);
  for (int k = 0; k < ctx->f->ncalls; k++) {
    if (!ctx->x->effects[k].is_classify) continue;
    int var = ctx->f->calls[k].result_var;
    if (ir_block_tests(blk, k, var) &&
        (ir_value_edge_admits(blk, e, k, var, m->ssl_error_want_read) ||
         ir_value_edge_admits(blk, e, k, var, m->ssl_error_want_write)) &&
        !ir_value_edge_admits(blk, e, k, var, m->ssl_error_ssl) &&
        !ir_value_edge_admits(blk, e, k, var, m->ssl_error_syscall))
      return true;
  }
  return false;
}

/* Whether a call of function `callee` (by name, not through a pointer) is in
 * one of the blocks of `ways` that `but` does not hold. */
static bool callee_called_in(const ir_function *f, const bool *ways, const bool *but, const char *callee) {
  for (int b = 0; b < f->nblocks; b++) {
    if (!ways[b] || but[b]) continue;
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      const ir_call *c = ev->kind == EV_CALL ? &f->calls[ev->call] : NULL;
      if (c && c->callee && !c->via_pointer && !strcmp(c->callee, callee)) return true;
    }
  }
  return false;
}

/* The ways of a failed read (-1) from home, as far as the read's variable
 * holds its result (fail_ways gets them), and the constants they return
 * (fv, at most MAX_OUTCOMES; with negative_only, the negative ones: a
 * failure's own): their number. */
static int failure_constants(const rule_ctx *ctx, int home, const zero_result *z, bool held_home, bool negative_only,
                             bool *fail_ways, long long *fv) {
  const ir_function *f = ctx->f;
  int nf = 0;
  zero_result failed = {z->io, z->var, -1, ctx, {z->nobytes_var[0], z->nobytes_var[1]},
                        {z->nobytes_holding[0], z->nobytes_holding[1]}, z->env, ctx, z->computed, false};
  for (int k = 0; k < f->blocks[home].nsucc; k++)
    if (edge_admits_zero(&f->blocks[home], home, k, &failed, held_home))
      reach(ctx, f->blocks[home].succ[k].to, z->var, z->var >= 0 ? block_assigns : never_stops, false, &failed,
            held_home, fail_ways);
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; fail_ways[b] && b != f->exit && i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_RETURN || ev->call >= 0 || ev->ret < 0) continue;
      const ir_return *r = &f->rets[ev->ret];
      for (int k = 0; k < r->nvals; k++)
        if (!negative_only || r->vals[k] < 0) add_outcome(fv, &nf, r->vals[k]); /* a full list only leaves some out */
    }
  return nf;
}

/* Whether v is a variable of f's own that no caller can see: a local or
 * parameter (ir_var_is_local) that does not escape and that no pointer
 * reaches (a log line's text, a lock's status). */
static bool own_local(const ir_function *f, int v) {
  return ir_var_is_local(f, v) && !f->vars[v].escapes && !ir_var_aliasable(f, v);
}

/* Whether the 0's ways from edge e of block `test` return negative constants,
 * doing nothing but calls and definitions of locals of their own on the way
 * (no caller sees those where a constant is returned), that f's callers cannot tell from a
 * constant that f returns after a failed read (`if (n == 0) return -2;`
 * beside `return -1;`, with callers that only test `ret != 0`): the 0 is
 * taken as a failure, not as the end of the data.
 * A call that may record something (a project function's) is allowed on the
 * 0's ways only where a failed read's own way, apart from the 0's, calls the
 * same function, and the 0 then returns a constant such a way returns: the 0
 * does what a failure does (`__redisSetError(c, REDIS_ERR_EOF, ...); return
 * -1;` beside `__redisSetError(c, REDIS_ERR_IO, ...); return -1;`), its
 * arguments (an error's wording) aside. `mark_eof(c); return -1;` stays.
 * The failed read's ways are followed only until the variable is given
 * another value, not where a classification says SSL_ERROR_ZERO_RETURN alone
 * (a constant returned there is a clean close's, not a failure's), through every
 * test of it on the ways where it still holds the read's result, so that no
 * constant of another way counts. held_test, held_home: var holds the read's
 * result at the condition of `test`, of `home`. */
static bool zero_fails_like_error(const rule_ctx *ctx, int home, int test, int e, const zero_result *z,
                                  bool held_test, bool held_home) {
  const ir_function *f = ctx->f;
  bool *zero_ways = xcalloc((size_t)f->nblocks + 1, sizeof *zero_ways);
  bool *fail_ways = xcalloc((size_t)f->nblocks + 1, sizeof *fail_ways);
  long long zv[MAX_OUTCOMES], fv[MAX_OUTCOMES];
  int nz = 0, nf = 0;
  reach_unclassified(ctx, f->blocks[test].succ[e].to, held_test, z->var, z, zero_ways);
  bool ok = constants_returned(ctx, zero_ways, z->var, zv, &nz);
  for (int i = 0; ok && i < nz; i++) ok = zv[i] < 0;
  if (ok) nf = failure_constants(ctx, home, z, held_home, true, fail_ways, fv);
  /* nothing but log lines on the way (no `c->eof = 1;`, no `mark_eof(c);`),
   * or the calls a failure makes too */
  bool mirrored = false;
  for (int b = 0; ok && b < f->nblocks; b++)
    for (int i = 0; ok && zero_ways[b] && !block_classifies(ctx, b, z->var) && i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind == EV_CALL && ev->call == z->io) break; /* the read runs again (`goto retry;`): the way ends */
      if (ev->kind == EV_RETURN || (ev->kind == EV_CALL && !call_may_record(ctx, ev->call))) continue;
      if (ev->kind == EV_DEF && ev->var != z->var && own_local(f, ev->var))
        continue; /* a local of its own (a lock's status, `int __n = pthread_mutex_unlock(...)`): the 0's ways return constants */
      const ir_call *c = ev->kind == EV_CALL ? &f->calls[ev->call] : NULL;
      ok = c && c->callee && !c->via_pointer && callee_called_in(f, fail_ways, zero_ways, c->callee);
      mirrored |= ok;
    }
  unsigned char *memo = xmalloc((size_t)ctx->p->nfns + 1);
  for (int i = 0; ok && i < nz; i++) {
    bool found = false;
    for (int j = 0; j < nf && !found; j++) {
      memset(memo, 0, (size_t)ctx->p->nfns + 1);
      found = mirrored ? zv[i] == fv[j] : callers_alike(ctx->p, f->id, zv[i], fv[j], CALLER_DEPTH, memo);
    }
    ok = found;
  }
  free(memo);
  free(zero_ways);
  free(fail_ways);
  return ok && nf > 0;
}

/* Whether the 0's ways from edge e of block `test` join a failed read's ways
 * before they leave f, having done on their own nothing a caller could tell
 * from a failure: every return (or way off the end) they reach is one a
 * failed read reaches too, returning neither the read's variable nor a
 * variable given a value on the 0's own blocks or a failure's own blocks
 * (`status = -1;` on the failure's way only); and the 0's own blocks store
 * nothing, call nothing that may record, but for the functions a failure's
 * own blocks call as well. `if (n <= 0) { if (debug) log(n ? "error" :
 * "end of file"); return abort_stream(s); }` (alpine's ssl_getdata()): the
 * 0 ends the stream as a failure does, with only a log line's wording apart;
 * it is not taken as the end of the data. held_test, held_home: as
 * zero_fails_like_error. */
static bool classifies_or_assigns(const rule_ctx *ctx, int b, int var) {
  return block_classifies(ctx, b, var) || block_assigns(ctx, b, var);
}

/* Whether a failure's own blocks (fail_ways but not zero_ways) store the
 * same constant to the same place as ev (a definition of the same variable,
 * or a store to the same named place: ir_event.target), not the read's
 * variable. */
static bool failure_stores_same(const ir_function *f, const bool *fail_ways, const bool *zero_ways,
                                const ir_event *ev, int read_var) {
  if (!ev->has_value || (ev->kind == EV_STORE && !ev->target) || (ev->kind == EV_DEF && ev->var == read_var))
    return false;
  /* a definition names its place only where it is the whole variable: a
   * field of a struct variable (`o.eof = 1;`) is a definition of `o` */
  if (ev->kind == EV_DEF && !f->vars[ev->var].int_like && !f->vars[ev->var].pointer) return false;
  for (int b = 0; b < f->nblocks; b++) {
    if (!fail_ways[b] || zero_ways[b]) continue;
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *o = &f->blocks[b].ev[i];
      if (o->kind == ev->kind && o->has_value && o->value == ev->value &&
          (ev->kind == EV_STORE ? o->target == ev->target : o->var == ev->var))
        return true;
    }
  }
  return false;
}

static bool zero_joins_failure(const rule_ctx *ctx, int home, int test, int e, const zero_result *z, bool held_test,
                               bool held_home) {
  const ir_function *f = ctx->f;
  bool *zero_ways = xcalloc((size_t)f->nblocks + 1, sizeof *zero_ways);
  bool *fail_ways = xcalloc((size_t)f->nblocks + 1, sizeof *fail_ways);
  bool *defined = xcalloc((size_t)f->nvars + 1, sizeof *defined); /* on the 0's own blocks */
  /* Both ways as far as a block that classifies or reads again (that block
   * included): a loop's next read is where the two go on alike. */
  reach(ctx, f->blocks[test].succ[e].to, z->var, z->var >= 0 ? classifies_or_assigns : block_classifies, true, z,
        held_test, zero_ways);
  zero_result failed = {z->io, z->var, -1, ctx, {z->nobytes_var[0], z->nobytes_var[1]},
                        {z->nobytes_holding[0], z->nobytes_holding[1]}, z->env, ctx, z->computed,
                        true}; /* a want's way is a retry's, not a failure's */
  for (int k = 0; k < f->blocks[home].nsucc; k++)
    if (edge_admits_zero(&f->blocks[home], home, k, &failed, held_home))
      reach(ctx, f->blocks[home].succ[k].to, z->var, z->var >= 0 ? block_assigns : never_stops, true, &failed,
            held_home, fail_ways); /* with the blocks that read again, as the 0's ways have them */
  /* The blocks where the ways were stopped because the read runs again, and
   * those that lead to one: past such a block nothing is looked at, so a
   * variable set on one way only, on a block that leads there, could tell the
   * 0 from a failure later (`eof = 1;` read after the loop). */
  bool *to_reread = xcalloc((size_t)f->nblocks + 1, sizeof *to_reread);
  for (int b = 0; z->var >= 0 && b < f->nblocks; b++)
    to_reread[b] = zero_ways[b] && block_assigns(ctx, b, z->var);
  for (bool grew = true; grew;) {
    grew = false;
    for (int b = 0; b < f->nblocks; b++)
      for (int k = 0; !to_reread[b] && k < f->blocks[b].nsucc; k++)
        if (to_reread[f->blocks[b].succ[k].to]) to_reread[b] = grew = true;
  }
  bool ok = true, joined = false;
  bool differs = false; /* a variable one way's own blocks set (on a way to a reread) and the other's do not alike */
  for (int b = 0; ok && b < f->nblocks; b++) { /* the 0's own blocks */
    if (!zero_ways[b] || fail_ways[b] || b == f->exit) continue;
    if (block_classifies(ctx, b, z->var)) continue; /* not followed past it */
    for (int i = 0; ok && i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind == EV_RETURN) {
        ok = false;
      } else if (ev->kind == EV_STORE) { /* what a failure's own blocks store too (`c->dead = 1;`) */
        ok = failure_stores_same(f, fail_ways, zero_ways, ev, z->var);
      } else if (ev->kind == EV_DEF) { /* a local of its own (a log line's text), or as a failure sets it */
        bool same = failure_stores_same(f, fail_ways, zero_ways, ev, z->var);
        ok = ev->var != z->var && (same || own_local(f, ev->var));
        defined[ev->var] = true;
        differs |= !same && to_reread[b];
      } else if (call_may_record(ctx, ev->call)) {
        const ir_call *c = &f->calls[ev->call];
        ok = c->callee && !c->via_pointer && callee_called_in(f, fail_ways, zero_ways, c->callee);
      }
    }
    for (int k = 0; ok && k < f->blocks[b].nsucc; k++)
      if (f->blocks[b].succ[k].to == f->exit) ok = false; /* leaves on its own */
  }
  for (int b = 0; ok && b < f->nblocks; b++) /* a failure's own blocks: what they set may differ too */
    for (int i = 0; fail_ways[b] && !zero_ways[b] && i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_DEF) continue;
      defined[ev->var] = true;
      if (to_reread[b]) differs |= !failure_stores_same(f, zero_ways, fail_ways, ev, z->var); /* the 0's own blocks alike */
    }
  if (differs) ok = false;
  free(to_reread);
  for (int b = 0; ok && b < f->nblocks; b++) { /* the returns they reach, shared with a failure's ways */
    if (!zero_ways[b] || !fail_ways[b] || b == f->exit || block_classifies(ctx, b, z->var)) continue;
    for (int i = 0; ok && i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      joined = true;
      /* what it returns: a constant, a call's result, or a variable; any
       * other expression (`return s->eof;`) may differ between the ways */
      const ir_return *r = ev->ret >= 0 && ev->ret < f->nrets ? &f->rets[ev->ret] : NULL;
      if (ev->var >= 0) /* a local of its own: a field or a global may be stored through a pointer */
        ok = ev->var != z->var && !defined[ev->var] && ir_var_is_local(f, ev->var) && !ir_var_aliasable(f, ev->var);
      else
        ok = ev->call >= 0 || (r && r->nvals > 0);
      if (ok && ev->call >= 0)
        for (int a = 0; ok && a < f->calls[ev->call].nargs; a++) {
          const ir_arg *arg = &f->calls[ev->call].args[a];
          ok = arg->kind != ARG_VAR || (arg->var != z->var && !defined[arg->var]);
        }
    }
    for (int k = 0; k < f->blocks[b].nsucc; k++) joined |= f->blocks[b].succ[k].to == f->exit;
  }
  free(zero_ways);
  free(fail_ways);
  free(defined);
  return ok && joined;
}

/* Whether call k of f, given `&v` as argument a, may keep that address: a
 * callee with no definition in the run (the C library's, OpenSSL's:
 * SSL_set_ex_data() keeps it), or one whose parameter a is stored where a
 * caller can see it, returned, copied or passed on to another call. */
static bool call_may_keep(const rule_ctx *ctx, int k, int a) {
  const ir_call *c = &ctx->f->calls[k];
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  int nd = c->callee && !c->via_pointer ? project_definitions(ctx->p, c->callee, ctx->f, defs, MAX_DEFS) : 0;
  if (nd <= 0 || nd > MAX_DEFS) return true;
  for (int d = 0; d < nd; d++) {
    const ir_function *g = ctx->p->fns[defs[d]];
    if (a >= g->nparams || g->vars[a].escapes || g->vars[a].returned || g->vars[a].addr_taken) return true;
    for (int j = 0; j < g->ncalls; j++)
      for (int b = 0; b < g->calls[j].nargs; b++)
        if ((g->calls[j].args[b].kind == ARG_VAR || g->calls[j].args[b].kind == ARG_OTHER) &&
            g->calls[j].args[b].var == a)
          return true;
    if (ir_var_copied(g, a)) return true;
  }
  return false;
}

/* Per call of f, the variables of env (bit i: env->var[i]) whose address it
 * is given and may keep. */
static unsigned *calls_keeping_addresses(const rule_ctx *ctx, const const_env_vars *env) {
  const ir_function *f = ctx->f;
  unsigned *keeps = xcalloc((size_t)f->ncalls + 1, sizeof *keeps);
  for (int k = 0; k < f->ncalls; k++)
    for (int a = 0; a < f->calls[k].nargs; a++)
      for (int j = 0; j < env->n; j++)
        if (f->calls[k].args[a].addr_var == env->var[j] && call_may_keep(ctx, k, a)) keeps[k] |= 1u << j;
  return keeps;
}

/* Whether the last definition of v in blk gives it the result of call io. */
static bool last_def_is_call(const ir_block *blk, int v, int io) {
  for (int i = blk->nev - 1; i >= 0; i--)
    if (blk->ev[i].kind == EV_DEF && blk->ev[i].var == v) return blk->ev[i].src_call == io;
  return false;
}

/* The variable passed as argument `arg` of call `io` (through integer casts:
 * `(int) len`), when nothing but a definition in f changes it; -1 if none.
 * *zero: the argument is the constant 0. */
static int plain_arg_var(const ir_function *f, int io, int arg, bool *zero) {
  const ir_call *c = &f->calls[io];
  if (arg < 0 || arg >= c->nargs) return -1;
  const ir_arg *a = &c->args[arg];
  if (a->kind == ARG_CONST && a->value == 0) *zero = true;
  int v = a->kind == ARG_VAR || a->kind == ARG_OTHER ? a->var : -1;
  return v >= 0 && !ir_var_aliasable(f, v) ? v : -1;
}

/* Blocks after the read in `home` where variable v surely holds the value the
 * read was given: reached from home's end without passing a definition of v,
 * and from no block that defines it (none when home defines it after the read). */
static bool *arg_holding(const rule_ctx *ctx, int home, int io, int v) {
  const ir_function *f = ctx->f;
  const ir_block *h = &f->blocks[home];
  bool after = false;
  for (int i = 0; i < h->nev; i++) {
    if (h->ev[i].kind == EV_CALL && h->ev[i].call == io) after = true;
    else if (after && h->ev[i].kind == EV_DEF && h->ev[i].var == v) return NULL;
  }
  bool *holding = xcalloc((size_t)f->nblocks + 1, sizeof *holding);
  for (int e = 0; e < h->nsucc; e++) reach_holding(ctx, h->succ[e].to, v, holding);
  bool *reassigned = xcalloc((size_t)f->nblocks + 1, sizeof *reassigned);
  reach_reassigned(ctx, home, v, reassigned);
  for (int b = 0; b < f->nblocks; b++) holding[b] = holding[b] && !reassigned[b];
  free(reassigned);
  return holding;
}

/* The block of call `io`, and whether a classification follows it there. */
static int block_of(const rule_ctx *ctx, int io, bool *classified_after) {
  int b, i;
  if (!ir_call_position(ctx->f, io, &b, &i)) return -1;
  const ir_block *blk = &ctx->f->blocks[b];
  *classified_after = false;
  for (int j = i + 1; j < blk->nev; j++)
    if (blk->ev[j].kind == EV_CALL && ctx->x->effects[blk->ev[j].call].is_classify) *classified_after = true;
  return b;
}

/* The path of a 0 taken as the end: the read, the branches to the test of
 * its result, the edge taken for 0, the branches to the function's exit, and
 * where it leaves (the last statement of that path). No classification runs. */
/* A shortest way of the 0 from block `from` (entered with held0, z's var
 * holding the read's result) to block `to`, along the edges z admits and
 * through no classifying block but `from`; on success out gets it (blocks[i]
 * left by edges[i], the last by -1). */
static bool zero_way(const rule_ctx *ctx, const zero_result *z, int from, bool held0, int to, bool held_at_to,
                     block_path *out) {
  const ir_function *f = ctx->f;
  int nodes = 2 * (f->nblocks + 1);
  int *parent = xmalloc((size_t)nodes * sizeof *parent), *via = xmalloc((size_t)nodes * sizeof *via);
  int *queue = xmalloc((size_t)nodes * sizeof *queue), head = 0, tail = 0;
  for (int i = 0; i < nodes; i++) parent[i] = -2;
  int start = 2 * from + (z->var >= 0 && held0), found = -1;
  parent[start] = -1;
  via[start] = -1;
  queue[tail++] = start;
  while (head < tail && found < 0) {
    int node = queue[head++], b = node / 2;
    if (b == to && (!held_at_to || z->var < 0 || node % 2 || b == from)) {
      found = node;
      break;
    }
    if (b != from && block_classifies(ctx, b, z->var)) continue;
    bool h = holds_after(&f->blocks[b], z, node % 2);
    for (int e = 0; e < f->blocks[b].nsucc; e++) {
      int next = 2 * f->blocks[b].succ[e].to + (z->var >= 0 && h);
      if (parent[next] != -2 || !edge_admits_zero(&f->blocks[b], b, e, z, h)) continue;
      parent[next] = node;
      via[next] = e;
      queue[tail++] = next;
    }
  }
  if (found >= 0) {
    int n = 0;
    for (int i = found; i >= 0; i = parent[i]) n++;
    out->blocks = xmalloc((size_t)n * sizeof *out->blocks);
    out->edges = xmalloc((size_t)n * sizeof *out->edges);
    out->n = n;
    int edge = -1;
    for (int i = found, k = n - 1; i >= 0; i = parent[i], k--) {
      out->blocks[k] = i / 2;
      out->edges[k] = edge;
      edge = via[i];
    }
  }
  free(parent);
  free(via);
  free(queue);
  return found >= 0;
}

/* The path of a 0 taken as the end: the read, the branches to the test of
 * the result (along the ways the 0 takes), the test's edge, the branches to
 * the exit. */
static void add_eof_path(rule_ctx *ctx, finding *fd, const zero_result *z, bool held_home, const bool *held, int home,
                         int test, int edge) {
  const ir_function *f = ctx->f;
  int io = z->io;
  finding_step_add(fd, f->calls[io].loc, "io",
                   xasprintf("%s() returns 0%s", rule_callee(f, io),
                             ctx->x->effects[io].resolved_by_summary ? ", a TLS read's 0 that it returns as it is" : ""));
  block_path to_test, to_exit;
  if (test != home && zero_way(ctx, z, home, held_home, test, true, &to_test)) {
    path_add_edges(fd, f, to_test.blocks, to_test.edges, to_test.n, 0, to_test.n - 1);
    block_path_free(&to_test);
  }
  int t = f->blocks[test].succ[edge].to;
  int path[2] = {test, t}, edges[2] = {edge, -1};
  path_add_edges(fd, f, path, edges, 2, 0, 1);
  ir_loc last = f->blocks[test].cond_loc;
  if (zero_way(ctx, z, t, held[test], f->exit, false, &to_exit)) {
    path_add_edges(fd, f, to_exit.blocks, to_exit.edges, to_exit.n, 0, to_exit.n - 1);
    for (int i = 0; i < to_exit.n; i++)
      if (f->blocks[to_exit.blocks[i]].loc.file) last = f->blocks[to_exit.blocks[i]].loc;
    block_path_free(&to_exit);
  }
  finding_step_add(fd, last, "exit", xasprintf("%s() goes on as if the data had ended, without SSL_get_error()", f->name));
}

/* The signs the read's result may have (SIGN_*), narrowed along edge e of
 * blk where blk tests it (held: var holds the result at blk's condition): a
 * sign stays where some value of it may take the edge. The values tried are
 * the ends of each sign's range, the compared constant and its neighbours,
 * which decide a comparison with one constant exactly. */
enum { SIGN_NEG = 1, SIGN_ZERO = 2, SIGN_POS = 4, SIGN_ALL = 7 };

static unsigned signs_along(const ir_block *blk, int e, const zero_result *z, bool held, unsigned signs) {
  int var = z->var >= 0 && held ? z->var : -1;
  if (!ir_block_tests(blk, z->io, var)) return signs;
  long long k = blk->succ[e].has_value ? blk->succ[e].value : blk->cmp_k;
  const long long tries[] = {LLONG_MIN / 2, -1, 0, 1, LLONG_MAX / 2, k - 1, k, k + 1};
  unsigned out = 0;
  for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
    long long v = tries[i];
    unsigned sign = v < 0 ? SIGN_NEG : v == 0 ? SIGN_ZERO : SIGN_POS;
    if ((signs & sign) && !(out & sign) && ir_value_edge_admits(blk, e, z->io, var, v)) out |= sign;
  }
  return out;
}

/* Per block of `before` (the ways a 0 takes from the read in home up to a
 * classification), the signs the read's result may have at its condition,
 * where var holds the result there on every way (0 elsewhere): edges a 0
 * may take, from every sign at home. */
static unsigned *result_signs(const rule_ctx *ctx, int home, bool held_home, const zero_result *z,
                              const bool *before) {
  const ir_function *f = ctx->f;
  unsigned *in = xcalloc((size_t)f->nblocks + 1, sizeof *in);
  bool *lost = xcalloc((size_t)f->nblocks + 1, sizeof *lost); /* a way where var holds something else */
  int *work = xmalloc(((size_t)f->nblocks + 1) * sizeof *work), nwork = 0;
  bool *queued = xcalloc((size_t)f->nblocks + 1, sizeof *queued);
  in[home] = SIGN_ALL;
  work[nwork++] = home;
  queued[home] = true;
  while (nwork > 0) {
    int b = work[--nwork];
    queued[b] = false;
    const ir_block *blk = &f->blocks[b];
    if (b != home && block_classifies(ctx, b, -1)) continue;
    bool h = b == home ? holds_after(blk, z, held_home) || blk->cond_call == z->io : holds_after(blk, z, !lost[b]);
    for (int e = 0; e < blk->nsucc; e++) {
      int to = blk->succ[e].to;
      if (!before[to] || !edge_admits_zero(blk, b, e, z, h && !lost[b])) continue;
      unsigned out = h && !lost[b] ? signs_along(blk, e, z, true, in[b]) : 0;
      bool grows = (out & ~in[to]) || (!h && !lost[to]);
      if (!h) lost[to] = true;
      in[to] |= out;
      if (grows && !queued[to]) {
        queued[to] = true;
        work[nwork++] = to;
      }
    }
  }
  for (int b = 0; b < f->nblocks; b++)
    if (lost[b]) in[b] = 0;
  free(lost);
  free(work);
  free(queued);
  return in;
}

static void zero_taken_as_eof(rule_ctx *ctx, int io) {
  const ir_function *f = ctx->f;
  const ir_call *c = &f->calls[io];
  int v = c->result_var;
  if (c->result_returned) return; /* the caller decides */
  if (ctx->x->effects[io].probe) return; /* a liveness probe: gone is gone, clean or not */
  bool classified_at_once;
  int home = block_of(ctx, io, &classified_at_once);
  if (home < 0 || classified_at_once) return;
  /* A read that asks for no bytes (`SSL_read(s, NULL, 0)`, or where a test
   * proves it so): its 0 is not the end of the data. */
  const call_effect *ef = &ctx->x->effects[io];
  bool asks_nothing = false;
  int nobytes_var[2] = {plain_arg_var(f, io, ef->buf_arg, &asks_nothing),
                        plain_arg_var(f, io, ef->len_arg, &asks_nothing)};
  if (asks_nothing) return;
  /* Whether v holds the read's result at home's own condition: the read's is
   * its last definition there (the walks below follow it per way, so that a
   * loop back through `n = 0;` or another read's `n = SSL_read(...)` does not
   * lose it on the ways from this read). */
  bool held_home = v >= 0 && last_def_is_call(&f->blocks[home], v, io);
  const_env_vars env;
  const_env_choose(f, v, &env);
  unsigned *keeps = calls_keeping_addresses(ctx, &env);
  const_env_set_keeps(f, keeps, &env);
  zero_result z = {io, v, 0, NULL, {nobytes_var[0], nobytes_var[1]}, {NULL, NULL}, &env, ctx,
                   v >= 0 && ir_var_computed(f, v), false};
  bool *nobytes[2] = {NULL, NULL};
  for (int i = 0; i < 2; i++)
    if (nobytes_var[i] >= 0) z.nobytes_holding[i] = nobytes[i] = arg_holding(ctx, home, io, nobytes_var[i]);
  /* The tests of the result that run before any classification, on the ways
   * a 0 takes (not past `n <= 0` false): a test of v counts where v holds the
   * read's result on the way there (held). */
  bool *before = xcalloc((size_t)f->nblocks + 1, sizeof *before);
  bool *held = xcalloc((size_t)f->nblocks + 1, sizeof *held);
  for (int e = 0; e < f->blocks[home].nsucc; e++)
    if (edge_admits_zero(&f->blocks[home], home, e, &z, held_home))
      reach_held(ctx, f->blocks[home].succ[e].to, held_home, v, block_classifies, true, &z, before, held);
  before[home] = true;
  held[home] |= held_home;
  /* A test singles the 0 out where it is a test for 0 (`!n`, `n == 0`), or
   * where its edge leaves only the 0 of the signs the result may have there:
   * the `else` of `n < 0` after `n <= 0` (httperf's do_recv()). */
  unsigned *signs = result_signs(ctx, home, held_home, &z, before);
  bool reported = false;
  for (int b = 0; b < f->nblocks && !reported; b++) {
    const ir_block *blk = &f->blocks[b];
    bool tests_zero = blk->cond_call == io || (v >= 0 && blk->cond_var == v && held[b]);
    bool compares = signs[b] & ~SIGN_ZERO && ir_block_tests(blk, io, held[b] ? v : -1);
    if (!before[b] || (b != home && block_classifies(ctx, b, -1)) || (!tests_zero && !compares)) continue;
    ir_edge_kind zero = blk->cond_true_nonzero ? IR_EDGE_FALSE : IR_EDGE_TRUE;
    for (int e = 0; e < blk->nsucc; e++) {
      bool singles = compares && signs_along(blk, e, &z, held[b], signs[b]) == SIGN_ZERO;
      if (!((tests_zero && blk->succ[e].kind == zero) || singles) ||
          !exits_unclassified(ctx, blk->succ[e].to, held[b], v, &z) ||
          returns_earlier_data(ctx, home, held_home, blk->succ[e].to, held[b], v, &z) ||
          zero_fails_like_error(ctx, home, b, e, &z, held[b], held_home) ||
          zero_joins_failure(ctx, home, b, e, &z, held[b], held_home))
        continue;
      finding *fd = findings_add(
          ctx->out, ctx->rule, c->loc,
          xasprintf("%s()%s returning 0 is taken as the end of the data without asking "
                    "SSL_get_error(): 0 is also what a peer that closes without close_notify "
                    "(a premature close, possibly a truncation) gives; tell "
                    "SSL_ERROR_ZERO_RETURN from the rest",
                    rule_callee(f, io),
                    ctx->x->effects[io].resolved_by_summary ? " (which returns a TLS read's result)" : ""));
      finding_note_add(fd, f->calls[io].loc, xasprintf("the result tested for 0 here leaves "
                                                       "the function unclassified"));
      add_eof_path(ctx, fd, &z, held_home, held, home, b, e);
      reported = true;
      break;
    }
  }
  free(signs);
  free(before);
  free(held);
  free(nobytes[0]);
  free(nobytes[1]);
  free(keeps);
}

/* Per test group: the subject tested for SSL_ERROR_SYSCALL/SSL_ERROR_SSL in it,
 * and whether it also peeks at the queue (a deliberate choice). Then the
 * subjects (calls, variables) whose ZERO_RETURN shares such a group. One pass
 * over the tests each: linear in the size of the function. */
static void flag_premature_subjects(rule_ctx *ctx, bool *bad_call, bool *bad_var, bool *bad_test) {
  const ir_function *f = ctx->f;
  const api_model *m = ctx->p->model;
  int groups = 0;
  for (int t = 0; t < f->ntests; t++)
    if (f->tests[t].group > groups) groups = f->tests[t].group;
  if (!groups) return;
  int *close_var = xmalloc(((size_t)groups + 1) * sizeof *close_var);
  int *close_call = xmalloc(((size_t)groups + 1) * sizeof *close_call);
  bool *deliberate = xcalloc((size_t)groups + 1, sizeof *deliberate);
  for (int g = 0; g <= groups; g++) close_var[g] = close_call[g] = -2;
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *o = &f->tests[t];
    if (!o->group) continue;
    if (o->call >= 0 && ctx->x->effects[o->call].peeks_queue) deliberate[o->group] = true;
    if (o->value == m->ssl_error_syscall || o->value == m->ssl_error_ssl) {
      close_var[o->group] = o->var;
      close_call[o->group] = o->call;
    }
  }
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *zr = &f->tests[t];
    int g = zr->group;
    if (!g || zr->value != m->ssl_error_zero_return || deliberate[g]) continue;
    if (close_var[g] != zr->var || close_call[g] != zr->call) continue;
    if (zr->call >= 0) bad_call[zr->call] = true;
    if (zr->var >= 0) bad_var[zr->var] = true;
    bad_test[t] = true;
  }
  free(close_var);
  free(close_call);
  free(deliberate);
}

enum { RETURN_DEFS = 4 };

/* What call k surely returns, into *v: every project function it may reach
 * returns the parameter the call gives a constant (ir_returned_param:
 * goaccess's `return ws_set_status(client, WS_ERR | WS_CLOSE, -1);`), or one
 * constant on every way (its summary's table); a negative one only where an
 * int holds it (a wider type's value may not survive the conversions). */
static bool call_value(const rule_ctx *ctx, int k, long long *v) {
  const ir_call *c = &ctx->f->calls[k];
  if (!c->callee || c->via_pointer) return false;
  int defs[RETURN_DEFS];
  int nd = project_definitions(ctx->p, c->callee, ctx->f, defs, RETURN_DEFS);
  if (nd < 1 || nd > RETURN_DEFS) return false;
  for (int d = 0; d < nd; d++) {
    const ir_function *g = ctx->p->fns[defs[d]];
    const ret_table *t = &ctx->p->sums[defs[d]].rets;
    int prm = ir_returned_param(g);
    long long w;
    if (ir_fntype_part_may_be_enum(g->fntype, -1) || (ctx->p->paths && ctx->p->paths[defs[d]].unknown))
      return false; /* an enum may be unsigned; a way that falls off the end returns no value */
    if (prm >= 0 && prm < c->nargs && c->args[prm].kind == ARG_CONST) w = c->args[prm].value;
    else if (t->n == 1 && !t->range[0]) w = t->val[0];
    else return false;
    if (w < INT_MIN || w > INT_MAX) return false;
    if (d > 0 && w != *v) return false;
    *v = w;
  }
  return true;
}

/* Whether SSL_ERROR_ZERO_RETURN from classification k surely makes the
 * function return a failure (`return -EIO;`): a clean close is then a failure
 * too, and a premature close that shares its outcome cannot pass for the end
 * of complete data. */
static bool clean_close_fails(const rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
  const ir_call *c = &f->calls[k];
  outcome_subject s = {k, c->result_var >= 0 && f->vars[c->result_var].int_like ? c->result_var : -1};
  int home, home_ev;
  /* the caller gets the negative constant only from a function that returns
   * a signed int or wider (not a _Bool, a char, an unsigned or an enum) */
  if (!f->returns_int_like || ir_fntype_part_may_be_enum(f->fntype, -1) || !ir_call_position(f, k, &home, &home_ev))
    return false;
  bool *known = xcalloc((size_t)f->ncalls + 1, sizeof *known);
  long long *value = xcalloc((size_t)f->ncalls + 1, sizeof *value);
  for (int i = 0; i < f->ncalls; i++) /* only `return g(...);` asks (outcome_fails) */
    known[i] = f->calls[i].result_returned && call_value(ctx, i, &value[i]);
  outcome_calls calls = {known, value};
  bool fails = outcome_fails(f, home, &s, project_model_of(ctx->p, f)->ssl_error_zero_return, &calls);
  free(known);
  free(value);
  return fails;
}

static void syscall_like_zero_return(rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
  if (clean_close_fails(ctx, k)) return;
  int io = -1;
  for (int i = 0; i < ctx->x->nlinks && io < 0; i++)
    if (ctx->x->links[i].classify == k) io = ctx->x->links[i].io;
  finding *fd = findings_add(ctx->out, ctx->rule, f->calls[k].loc,
               xasprintf("the result of %s() is handled the same for SSL_ERROR_ZERO_RETURN and "
                         "SSL_ERROR_SYSCALL/SSL_ERROR_SSL: a peer that closes without "
                         "close_notify (a premature close, possibly a truncation) looks like a "
                         "clean close",
                         rule_callee(f, k)));
  path_add_classified(fd, f, ctx->x, io, k,
                      xasprintf("%s() classifies the result; SSL_ERROR_ZERO_RETURN and SSL_ERROR_SYSCALL or "
                                "SSL_ERROR_SSL then run the same code",
                                rule_callee(f, k)));
}

/* Whether every I/O call the classification k classifies reads into a local
 * buffer that nothing else reads (a shutdown's drain, curl's ossl_shutdown):
 * the data is thrown away, so a truncation cannot pass for complete data. */
static bool data_discarded(const rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  bool any = false;
  for (int l = 0; l < x->nlinks; l++) {
    if (x->links[l].classify != k) continue;
    const ir_call *io = &f->calls[x->links[l].io];
    int buf = -1;
    for (int a = 0; a < io->nargs && buf < 0; a++)
      if (io->args[a].kind == ARG_VAR && io->args[a].var >= f->nparams && !f->vars[io->args[a].var].int_like &&
          !f->vars[io->args[a].var].pointer)
        buf = io->args[a].var; /* a local array */
    if (buf < 0 || f->vars[buf].escapes || f->vars[buf].returned) return false;
    for (int i = 0; i < f->ncalls; i++) {
      if (x->effects[i].is_io) continue;
      for (int a = 0; a < f->calls[i].nargs; a++)
        if (f->calls[i].args[a].kind == ARG_VAR && f->calls[i].args[a].var == buf) return false;
    }
    any = true;
  }
  return any;
}

/* The comparison of the subject with `value`, where it is written, or NULL. */
static const ir_test *test_of(const ir_function *f, const outcome_subject *s, long long value) {
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *test = &f->tests[t];
    if (test->block < 0 || test->value != value) continue;
    if ((s->call >= 0 && test->call == s->call) || (s->var >= 0 && test->var == s->var)) return test;
  }
  return NULL;
}

/* SSL_get_error()'s result: ZERO_RETURN on one path, SYSCALL or SSL (a case
 * of their own, or the default) on another, and the caller sees the same. */
static void separate_same_outcome(rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
  const api_model *m = project_model_of(ctx->p, f);
  const ir_call *c = &f->calls[k];
  outcome_subject s = {k, c->result_var >= 0 && f->vars[c->result_var].int_like ? c->result_var : -1};
  if (c->result_returned || (s.var >= 0 && f->vars[s.var].returned)) return; /* the caller decides */
  int home, home_ev;
  if (!ir_call_position(f, k, &home, &home_ev)) return;
  long long closes[2] = {m->ssl_error_syscall, m->ssl_error_ssl};
  const char *names[2] = {"SSL_ERROR_SYSCALL", "SSL_ERROR_SSL"};
  for (int i = 0; i < 2; i++) {
    if (!outcome_same(f, home, &s, m->ssl_error_zero_return, closes[i], closes, 2)) continue;
    if (data_discarded(ctx, k) || clean_close_fails(ctx, k)) return;
    const ir_test *zt = test_of(f, &s, m->ssl_error_zero_return), *ct = test_of(f, &s, closes[i]);
    finding *fd = findings_add(
        ctx->out, ctx->rule, c->loc,
        xasprintf("the result of %s() leaves the caller the same outcome for SSL_ERROR_ZERO_RETURN and %s%s, "
                  "on separate paths: a peer that closes without close_notify (a premature close, "
                  "possibly a truncation) looks like a clean close",
                  rule_callee(f, k), names[i], ct ? "" : " (which no test names: the default path)"));
    if (zt) finding_note_add(fd, zt->loc, xasprintf("the clean close is handled here"));
    if (ct) finding_note_add(fd, ct->loc, xasprintf("%s is handled here, with the same outcome", names[i]));
    int io = -1;
    for (int l = 0; l < ctx->x->nlinks && io < 0; l++)
      if (ctx->x->links[l].classify == k) io = ctx->x->links[l].io;
    path_add_classified(fd, f, ctx->x, io, k,
                        xasprintf("%s() classifies the result; SSL_ERROR_ZERO_RETURN and %s then take "
                                  "separate paths",
                                  rule_callee(f, k), names[i]));
    if (zt) finding_step_add(fd, zt->loc, "branch", xasprintf("SSL_ERROR_ZERO_RETURN (close_notify) goes here"));
    finding_step_add(fd, ct ? ct->loc : c->loc, "branch",
                     xasprintf("%s (no close_notify) goes %s, to the same outcome", names[i],
                               ct ? "here" : "to the default path"));
    return;
  }
}

/* Whether classification k is given I/O call io's own result: the call
 * itself, or a local variable given its result and nothing else between. */
static bool classifies_result_of(const rule_ctx *ctx, int k, int io) {
  const ir_function *f = ctx->f;
  int r = ctx->x->effects[k].ret_arg;
  if (r < 0 || r >= f->calls[k].nargs) return false;
  const ir_arg *a = &f->calls[k].args[r];
  if (a->kind == ARG_CALL) return a->call == io;
  int b, e;
  return a->kind == ARG_VAR && a->var == f->calls[io].result_var && ir_var_is_local(f, a->var) &&
         !ir_var_aliasable(f, a->var) && a->var >= f->nparams && ir_call_position(f, k, &b, &e) &&
         ir_var_last_given_by_at(f, a->var, io, b, e);
}

/* Whether the classification k classifies I/O calls, each of them one that
 * only runs the handshake (the model's handshakes: SSL_connect): no data
 * comes out of it, so no truncation can pass for complete whatever codes it
 * takes alike; or one of the model's no_data_io (SSL_shutdown), given its
 * own result. */
static bool classifies_handshakes_only(const rule_ctx *ctx, int k) {
  const api_model *m = project_model_of(ctx->p, ctx->f);
  bool linked = false;
  for (int l = 0; l < ctx->x->nlinks; l++) {
    if (ctx->x->links[l].classify != k) continue;
    int i = ctx->x->links[l].io;
    const ir_call *io = &ctx->f->calls[i];
    if (io->via_pointer) return false;
    if (model_name_in(m->handshakes, m->nhandshakes, io->callee)) {
      linked = true;
      continue;
    }
    /* SSL_shutdown(): only where what is classified is its own result, not a
     * value the classification was given for another call's (a read's,
     * handed to a teardown helper that shuts down first) */
    if (!model_name_in(m->no_data_io, m->nno_data_io, io->callee) || !classifies_result_of(ctx, k, i)) return false;
    linked = true;
  }
  return linked;
}

/* Whether classification k's result, kept in variable v, reaches one of the
 * flagged tests of v (bad_test) on a way where no other call has given v its
 * result: a variable that holds two classifications of one read, on separate
 * branches (`if (n == 0) { e = SSL_get_error(...); if (e == ZERO_RETURN ||
 * e == SYSCALL) ... } else { e = SSL_get_error(...); ... }`), charges the
 * shared test to the first only. */
static bool reaches_flagged_test(const rule_ctx *ctx, int k, int v, const bool *bad_test) {
  const ir_function *f = ctx->f;
  int kb, ke;
  if (!ir_call_position(f, k, &kb, &ke)) return true;
  bool *stores = xcalloc((size_t)f->ncalls + 1, sizeof *stores);
  for (int i = 0; i < f->ncalls; i++) stores[i] = i != k && f->calls[i].result_var == v;
  bool found = false;
  for (int t = 0; t < f->ntests && !found; t++) {
    const ir_test *test = &f->tests[t];
    if (!bad_test[t] || test->var != v) continue;
    /* where the comparison is evaluated: its own block, or for an `||` group's
     * copy (block -1) the blocks of the same comparison recorded on its own */
    for (int u = 0; u < f->ntests && !found; u++) {
      const ir_test *at = &f->tests[u];
      if (u != t && (test->block >= 0 || at->block < 0 || at->var != v || at->call != test->call ||
                     at->value != test->value))
        continue;
      if (at->block < 0) continue;
      block_path p;
      if (path_between(f, kb, ke, at->block, f->blocks[at->block].nev, stores, &p)) {
        block_path_free(&p);
        found = true;
      }
    }
  }
  free(stores);
  return found;
}

void ossl005_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  if (project_run_facts(ctx->p, f)->ignores_unexpected_eof) return; /* the EOF is a clean close, by choice */
  if (project_run_facts(ctx->p, f)->reads_never_end) return; /* memory BIOs: a 0 is a close_notify */
  bool *bad_call = xcalloc((size_t)f->ncalls + 1, sizeof *bad_call);
  bool *bad_var = xcalloc((size_t)f->nvars + 1, sizeof *bad_var);
  bool *bad_test = xcalloc((size_t)f->ntests + 1, sizeof *bad_test);
  flag_premature_subjects(ctx, bad_call, bad_var, bad_test);
  for (int i = 0; i < f->ncalls; i++) {
    const call_effect *e = &ctx->x->effects[i];
    if (!facts_call_reached(ctx->x, i)) continue; /* dead code */
    if (e->is_io && e->zero_ambiguous) zero_taken_as_eof(ctx, i);
    int v = f->calls[i].result_var;
    if (!e->is_classify || classifies_handshakes_only(ctx, i)) continue;
    if (bad_call[i] || (v >= 0 && bad_var[v] && reaches_flagged_test(ctx, i, v, bad_test)))
      syscall_like_zero_return(ctx, i);
    else if (!e->resolved_by_summary) separate_same_outcome(ctx, i);
  }
  free(bad_call);
  free(bad_var);
  free(bad_test);
}
