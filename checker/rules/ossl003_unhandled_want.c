/* OSSL003 unhandled-want: a classification whose result is tested for only one
 * of SSL_ERROR_WANT_READ and SSL_ERROR_WANT_WRITE. Any I/O call can return
 * either on a non-blocking connection (a read may need to write during a key
 * update or renegotiation), so the other falls into the fatal path.
 * Blocking code: a classification that tests neither is taken as blocking and
 * not reported, unless the function compares errno with EAGAIN/EWOULDBLOCK on
 * a path from it or from the I/O call it classifies. */
#include "registry.h"

#include "dataflow.h"
#include "path.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* ---- the codes a classification's variable may still hold ---- */

/* ir.h's code bits (IR_CODES_ALL); bit 18: the block is reached (the
 * solver's bottom is all zeros). No code bit: the variable does not hold the classification's result. */
enum { ALL_CODES = IR_CODES_ALL, REACHED = 1u << 18 };

typedef struct {
  const ir_function *f;
  int call, var;  /* the classification, and the variable its result goes to */
  unsigned first; /* the codes it may give (ALL_CODES, or fewer: prior_codes) */
} codes_ctx;

static void codes_init(void *ctx, void *state) {
  (void)ctx;
  *(unsigned *)state = REACHED;
}

static void codes_transfer(void *ctx, int block, void *state) {
  codes_ctx *c = ctx;
  const ir_block *b = &c->f->blocks[block];
  unsigned *m = state;
  for (int i = 0; i < b->nev; i++) {
    const ir_event *ev = &b->ev[i];
    if (ev->kind == EV_DEF && ev->var == c->var) *m = REACHED | (ev->src_call == c->call ? c->first : 0);
    else if (ev->kind == EV_STORE && c->f->vars[c->var].addr_taken) *m = REACHED;
  }
}

static void codes_edge(void *ctx, int block, int edge, void *state) {
  codes_ctx *c = ctx;
  unsigned *m = state;
  if (*m & ALL_CODES) *m = REACHED | ir_codes_edge_admits(&c->f->blocks[block], edge, -1, c->var, *m & ALL_CODES);
}

static bool codes_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  unsigned *d = dst, old = *d;
  *d |= *(const unsigned *)src;
  return *d != old;
}

/* ---- a helper's filter: the codes for which it returns non-zero ---- */

/* A project function g that classifies its parameter (a classify wrapper,
 * `retry = handle_ssl_error(s, n)`): the codes of its classification on the
 * ways that return a value that may be non-zero. Followed per definition of
 * the variable it returns (`retry = 0;` in one case, `retry = blocked;` in
 * the wants' case), each definition a slot holding the codes of the ways on
 * which it is the one that reaches the return. */
enum { FILTER_MAX_SLOTS = 16, NOT_HELD = 1u << 19 /* some ways of the slot: the variable holds something else */ };

typedef struct {
  const ir_function *g;
  int cls, cv;  /* g's classification of its parameter, and its variable */
  int rv;       /* the variable g returns */
  int ndefs;    /* rv's definitions: slot 1 + i; slot 0: none yet */
  int def_block[FILTER_MAX_SLOTS], def_ev[FILTER_MAX_SLOTS];
} filter_ctx;

static int filter_slot(const filter_ctx *c, int block, int ev) {
  for (int i = 0; i < c->ndefs; i++)
    if (c->def_block[i] == block && c->def_ev[i] == ev) return i + 1;
  return 0;
}

static void filter_init(void *ctx, void *state) {
  (void)ctx;
  ((unsigned *)state)[0] = REACHED | NOT_HELD;
}

static void filter_event(const filter_ctx *c, int block, int i, unsigned *slots) {
  const ir_event *ev = &c->g->blocks[block].ev[i];
  if ((ev->kind == EV_DEF && ev->var == c->cv) || (ev->kind == EV_STORE && c->g->vars[c->cv].addr_taken)) {
    unsigned codes = ev->kind == EV_DEF && ev->src_call == c->cls ? ALL_CODES : NOT_HELD;
    for (int k = 0; k <= c->ndefs; k++)
      if (slots[k]) slots[k] = REACHED | codes;
  }
  if (ev->kind == EV_DEF && ev->var == c->rv) {
    unsigned all = 0;
    for (int k = 0; k <= c->ndefs; k++) all |= slots[k], slots[k] = 0;
    slots[filter_slot(c, block, i)] = all;
  }
}

static void filter_transfer(void *ctx, int block, void *state) {
  filter_ctx *c = ctx;
  for (int i = 0; i < c->g->blocks[block].nev; i++) filter_event(c, block, i, state);
}

static void filter_edge(void *ctx, int block, int edge, void *state) {
  filter_ctx *c = ctx;
  unsigned *slots = state;
  for (int k = 0; k <= c->ndefs; k++) {
    unsigned codes = slots[k] & ALL_CODES;
    if (!codes) continue;
    unsigned left = ir_codes_edge_admits(&c->g->blocks[block], edge, -1, c->cv, codes);
    /* none left and every way holding the classification: no way of this slot takes the edge */
    slots[k] = left || (slots[k] & NOT_HELD) ? REACHED | (slots[k] & NOT_HELD) | left : 0;
  }
}

static bool filter_join(void *ctx, void *dst, const void *src) {
  filter_ctx *c = ctx;
  unsigned *d = dst;
  const unsigned *s = src;
  bool changed = false;
  for (int k = 0; k <= c->ndefs; k++) {
    unsigned old = d[k];
    d[k] |= s[k];
    changed |= d[k] != old;
  }
  return changed;
}

/* The codes a slot's ways may give: those it holds, every code where the
 * variable does not hold the classification on some of them (returned before
 * it, or after it was given something else). */
static unsigned slot_codes(unsigned slot) { return !slot ? 0 : (slot & NOT_HELD) ? ALL_CODES : slot & ALL_CODES; }

/* Whether definition `ev` of block b may give a value other than 0. */
static bool def_may_be_nonzero(const ir_function *g, int b, int i) {
  const ir_event *ev = &g->blocks[b].ev[i];
  return !ev->has_value || ev->value != 0;
}

/* The codes of g's classification of parameter `param` on the ways that
 * return non-zero; ALL_CODES where that is not known. */
static unsigned filter_nonzero_codes(const project *p, const ir_function *g, int param) {
  filter_ctx c = {g, -1, -1, -1, 0, {0}, {0}};
  for (int k = 0; k < g->ncalls; k++) {
    call_effect e = effect_of(p, g, &g->calls[k]);
    int a = e.ret_arg;
    if (!e.is_classify || a < 0 || a >= g->calls[k].nargs || g->calls[k].args[a].kind != ARG_VAR ||
        g->calls[k].args[a].var != param)
      continue;
    /* two classifications of it, or one by a wrapper whose codes may be its own */
    if (c.cls >= 0 || e.resolved_by_summary) return ALL_CODES;
    c.cls = k;
  }
  if (c.cls < 0 || ir_assigns(g, param)) return ALL_CODES;
  c.cv = g->calls[c.cls].result_var;
  if (c.cv < 0 || !g->vars[c.cv].int_like || ir_var_aliasable(g, c.cv)) return ALL_CODES;
  for (int b = 0; b < g->nblocks; b++)
    for (int i = 0; i < g->blocks[b].nev; i++) {
      const ir_event *ev = &g->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      const ir_return *r = ev->ret >= 0 && ev->ret < g->nrets ? &g->rets[ev->ret] : NULL;
      if (r && r->nvals > 0) continue; /* constants: each says for itself */
      if (ev->var < 0 || (c.rv >= 0 && c.rv != ev->var)) return ALL_CODES;
      c.rv = ev->var;
    }
  if (c.rv >= 0) {
    if (ir_var_aliasable(g, c.rv) || c.rv < g->nparams) return ALL_CODES;
    for (int b = 0; b < g->nblocks; b++)
      for (int i = 0; i < g->blocks[b].nev; i++) {
        const ir_event *ev = &g->blocks[b].ev[i];
        if (ev->kind != EV_DEF || ev->var != c.rv) continue;
        if (c.ndefs == FILTER_MAX_SLOTS - 1) return ALL_CODES;
        c.def_block[c.ndefs] = b;
        c.def_ev[c.ndefs++] = i;
      }
  }
  size_t size = (size_t)(c.ndefs + 1) * sizeof(unsigned);
  dataflow_ops ops = {size, filter_init, filter_transfer, filter_edge, filter_join};
  unsigned char *in = dataflow_solve(g, &ops, &c);
  unsigned out = 0, slots[FILTER_MAX_SLOTS];
  for (int b = 0; b < g->nblocks; b++) {
    memcpy(slots, in + (size_t)b * size, size);
    for (int i = 0; i < g->blocks[b].nev; i++) {
      const ir_event *ev = &g->blocks[b].ev[i];
      if (ev->kind == EV_RETURN) {
        const ir_return *r = ev->ret >= 0 && ev->ret < g->nrets ? &g->rets[ev->ret] : NULL;
        bool constant = r && r->nvals > 0, nonzero = false;
        for (int v = 0; constant && v < r->nvals; v++) nonzero |= r->vals[v] != 0;
        for (int k = 0; k <= c.ndefs; k++) {
          bool may = constant ? nonzero : k == 0 || def_may_be_nonzero(g, c.def_block[k - 1], c.def_ev[k - 1]);
          if (may) out |= slot_codes(slots[k]);
        }
      }
      filter_event(&c, b, i, slots);
    }
  }
  free(in);
  return out;
}

/* ---- the codes a classification may give, known from a helper's ---- */

/* The helper classified I/O result `var` (a local the function never has
 * written through a pointer) in call `helper`, whose result is tested along
 * the way; `codes`: what the classification of var can be here. */
typedef struct {
  int helper1, var1;
  unsigned codes;
} prior_state;

typedef struct {
  const rule_ctx *ctx;
  unsigned *nonzero; /* per call: a helper's nonzero codes, 0 where it is no helper */
} prior_ctx;

static void prior_init(void *ctx, void *state) {
  (void)ctx;
  *(prior_state *)state = (prior_state){0, 0, REACHED | ALL_CODES};
}

static void prior_event(const prior_ctx *c, const ir_event *ev, prior_state *s) {
  const ir_function *f = c->ctx->f;
  if (ev->kind == EV_CALL) {
    const ir_call *k = &f->calls[ev->call];
    int a = c->nonzero[ev->call] ? c->ctx->x->effects[ev->call].classify_arg : -1;
    if (a >= 0 && a < k->nargs && k->args[a].kind == ARG_VAR && !ir_var_aliasable(f, k->args[a].var))
      *s = (prior_state){ev->call + 1, k->args[a].var + 1, REACHED | ALL_CODES};
    else /* any other call may change the SSL's state or the queue */
      *s = (prior_state){0, 0, REACHED | ALL_CODES};
    return;
  }
  if ((ev->kind == EV_DEF && s->helper1 && ev->src_call != s->helper1 - 1 &&
       (ev->var == s->var1 - 1 || ev->var == f->calls[s->helper1 - 1].result_var)) ||
      ev->kind == EV_STORE)
    *s = (prior_state){0, 0, REACHED | ALL_CODES};
}

static void prior_transfer(void *ctx, int block, void *state) {
  prior_ctx *c = ctx;
  const ir_block *b = &c->ctx->f->blocks[block];
  for (int i = 0; i < b->nev; i++) prior_event(c, &b->ev[i], state);
}

static void prior_edge(void *ctx, int block, int edge, void *state) {
  prior_ctx *c = ctx;
  prior_state *s = state;
  if (!s->helper1) return;
  int h = s->helper1 - 1, hv = c->ctx->f->calls[h].result_var;
  const ir_block *b = &c->ctx->f->blocks[block];
  if (ir_block_tests(b, h, hv) && !ir_value_edge_admits(b, edge, h, hv, 0)) s->codes &= REACHED | c->nonzero[h];
}

static bool prior_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  prior_state *d = dst;
  const prior_state *s = src;
  prior_state old = *d;
  if (!d->codes) *d = *s;
  else if (s->codes && (d->helper1 != s->helper1 || d->var1 != s->var1)) *d = (prior_state){0, 0, REACHED | ALL_CODES};
  else d->codes |= s->codes;
  return memcmp(d, &old, sizeof old) != 0;
}

/* The helpers' filters and the solved states of the dataflow above, once
 * per function (computed at the first classification that asks). */
typedef struct {
  bool done;
  unsigned *nonzero;  /* per call: a helper's nonzero codes (prior_ctx) */
  unsigned char *in;  /* per block: the prior_state at its start; NULL: no helper filters */
} prior_facts;

static void prior_facts_compute(const rule_ctx *ctx, prior_facts *pf) {
  const ir_function *f = ctx->f;
  pf->done = true;
  pf->nonzero = xcalloc((size_t)f->ncalls + 1, sizeof *pf->nonzero);
  bool any = false;
  for (int h = 0; h < f->ncalls; h++) {
    const ir_call *c = &f->calls[h];
    int p = ctx->x->effects[h].classify_arg, def;
    if (p < 0 || c->via_pointer || !c->callee || project_definitions(ctx->p, c->callee, f, &def, 1) != 1) continue;
    pf->nonzero[h] = filter_nonzero_codes(ctx->p, ctx->p->fns[def], p) & ALL_CODES;
    any |= pf->nonzero[h] != ALL_CODES;
  }
  if (!any) return;
  prior_ctx c = {ctx, pf->nonzero};
  dataflow_ops ops = {sizeof(prior_state), prior_init, prior_transfer, prior_edge, prior_join};
  pf->in = dataflow_solve(f, &ops, &c);
}

static void prior_facts_free(prior_facts *pf) {
  free(pf->nonzero);
  free(pf->in);
}

/* The codes classification k may give: fewer than all where, on every way
 * to it with no call between, a helper classified the same I/O result and
 * returned non-zero, which it does only for some codes (php's
 * `if (php_openssl_handle_ssl_error(...)) { err = SSL_get_error(...); ...`):
 * with nothing run between, SSL_get_error() gives the same code again (the
 * two are taken to classify the result on the SSL that produced it). */
static unsigned prior_codes(const rule_ctx *ctx, prior_facts *pf, int k) {
  const ir_function *f = ctx->f;
  const ir_call *kc = &f->calls[k];
  int a = ctx->x->effects[k].ret_arg, blk, at;
  if (a < 0 || a >= kc->nargs || kc->args[a].kind != ARG_VAR) return ALL_CODES;
  if (!pf->done) prior_facts_compute(ctx, pf);
  if (!pf->in || !ir_call_position(f, k, &blk, &at)) return ALL_CODES;
  prior_ctx c = {ctx, pf->nonzero};
  prior_state s;
  memcpy(&s, pf->in + (size_t)blk * sizeof s, sizeof s);
  for (int i = 0; i < at; i++) prior_event(&c, &f->blocks[blk].ev[i], &s);
  return s.helper1 && s.var1 - 1 == kc->args[a].var && (s.codes & ALL_CODES) ? s.codes & ALL_CODES : ALL_CODES;
}

/* Both wants, when some branch on the classification's variable tells
 * SSL_ERROR_WANT_READ from SSL_ERROR_WANT_WRITE where nothing else can reach
 * it: `events = (e == SSL_ERROR_WANT_READ) ? POLLIN : POLLOUT;` after the
 * other codes were sent elsewhere, so its else handles the other want. */
static int wants_split(const rule_ctx *ctx, prior_facts *pf, int k) {
  const ir_function *f = ctx->f;
  int v = f->calls[k].result_var;
  if (v < 0 || !f->vars[v].int_like) return 0;
  const api_model *m = ctx->p->model;
  unsigned wants = 1u << m->ssl_error_want_read | 1u << m->ssl_error_want_write;
  codes_ctx c = {f, k, v, prior_codes(ctx, pf, k)};
  dataflow_ops ops = {sizeof(unsigned), codes_init, codes_transfer, codes_edge, codes_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  int bits = 0;
  for (int b = 0; b < f->nblocks && !bits; b++) {
    const ir_block *blk = &f->blocks[b];
    if (!ir_block_tests(blk, -1, v)) continue;
    unsigned at; /* the codes at the branch: the block's own definitions come first */
    memcpy(&at, in + (size_t)b * sizeof at, sizeof at);
    codes_transfer(&c, b, &at);
    at &= ALL_CODES;
    if (at != wants) continue;
    bool apart = true; /* every edge lets through one want at most */
    for (int e = 0; e < blk->nsucc && apart; e++) apart = ir_codes_edge_admits(blk, e, -1, c.var, at) != wants;
    if (apart) bits = WANT_READ_BIT | WANT_WRITE_BIT;
  }
  free(in);
  return bits;
}

/* A call of b (a block of g) to one of the C library's socket calls (the
 * model's errno_setters: recv, send, ...), whose errno an EAGAIN test after
 * it reads. */
static bool block_sets_errno(const rule_ctx *ctx, const ir_function *g, const ir_block *b) {
  const api_model *m = ctx->p->model;
  for (int i = 0; i < b->nev; i++)
    if (b->ev[i].kind == EV_CALL && model_name_in(m->errno_setters, m->nerrno_setters, g->calls[b->ev[i].call].callee))
      return true;
  return false;
}

/* Whether a comparison with EAGAIN/EWOULDBLOCK of g may run from the blocks
 * of `start` (*n of them, in `work`, marked in `seen`) on, with no socket call
 * of the C library on the way but in those blocks. Frees nothing. */
static bool eagain_tested_from(const rule_ctx *ctx, const ir_function *g, bool *seen, int *work, int n) {
  bool *start_block = xcalloc((size_t)g->nblocks + 1, sizeof *start_block);
  for (int i = 0; i < n; i++) start_block[work[i]] = true;
  bool found = false;
  while (n > 0 && !found) {
    int at = work[--n];
    const ir_block *b = &g->blocks[at];
    if (!start_block[at] && block_sets_errno(ctx, g, b)) continue; /* its errno is that call's */
    found = b->tests_eagain;
    for (int e = 0; e < b->nsucc; e++)
      if (!seen[b->succ[e].to]) {
        seen[b->succ[e].to] = true;
        work[n++] = b->succ[e].to;
      }
  }
  free(start_block);
  return found;
}

/* Whether a comparison with EAGAIN/EWOULDBLOCK may run after classification
 * k or an I/O call it classifies (in its block or one reachable from it), with
 * no socket call of the C library on the way: evidence that the socket under
 * the I/O call is non-blocking. One on another way only (a plain-socket
 * branch beside the TLS one, also when a loop leads there: its recv() sets the
 * errno it tests) says nothing of it. */
static bool eagain_tested_after(const rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
  if (!f->tests_eagain) return false;
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *work = xmalloc(((size_t)f->nblocks + 1) * sizeof *work);
  int n = 0, start, ev;
  if (ir_call_position(f, k, &start, &ev)) {
    seen[start] = true;
    work[n++] = start;
  }
  for (int i = 0; i < ctx->x->nlinks; i++)
    if (ctx->x->links[i].classify == k && ir_call_position(f, ctx->x->links[i].io, &start, &ev) && !seen[start]) {
      seen[start] = true;
      work[n++] = start;
    }
  bool found = eagain_tested_from(ctx, f, seen, work, n);
  free(seen);
  free(work);
  return found;
}

/* Whether block `to` of g can be reached from block `from` (a loop back to it). */
static bool block_reaches(const ir_function *g, int from, int to) {
  bool *seen = xcalloc((size_t)g->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)g->nblocks + 1) * sizeof *stack), n = 0;
  bool found = false;
  stack[n++] = from;
  seen[from] = true;
  while (n > 0 && !found) {
    const ir_block *b = &g->blocks[stack[--n]];
    for (int e = 0; e < b->nsucc && !found; e++) {
      int t = b->succ[e].to;
      found = t == to;
      if (!seen[t]) {
        seen[t] = true;
        stack[n++] = t;
      }
    }
  }
  free(seen);
  free(stack);
  return found;
}

/* Whether call c of g, given -1, may reach a comparison with
 * EAGAIN/EWOULDBLOCK, along edges that admit -1 where g tests the call's
 * result, with no socket call of the C library on the way, and from there
 * come back to the call: the caller waits on EAGAIN and calls again
 * (`n = tls_write(...); if (n > 0) ... else { if (errno != EAGAIN) return n;
 * select(...); }` in a loop). */
static bool caller_retries_on_eagain(const rule_ctx *ctx, const ir_function *g, int c) {
  int start, ev;
  if (!g->tests_eagain || !ir_call_position(g, c, &start, &ev)) return false;
  int v = g->calls[c].result_var;
  if (v >= 0 && ir_var_aliasable(g, v)) v = -1;
  bool *seen = xcalloc((size_t)g->nblocks + 1, sizeof *seen);
  int *work = xmalloc(((size_t)g->nblocks + 1) * sizeof *work), n = 0;
  bool found = false;
  work[n++] = start;
  seen[start] = true;
  while (n > 0 && !found) {
    int at = work[--n];
    const ir_block *b = &g->blocks[at];
    if (at != start && block_sets_errno(ctx, g, b)) continue; /* its errno is that call's */
    if (b->tests_eagain && block_reaches(g, at, start)) found = true;
    for (int e = 0; e < b->nsucc && !found; e++) {
      if (ir_block_tests(b, c, v) && !ir_value_edge_admits(b, e, c, v, -1)) continue; /* no failure goes there */
      if (!seen[b->succ[e].to]) {
        seen[b->succ[e].to] = true;
        work[n++] = b->succ[e].to;
      }
    }
  }
  free(seen);
  free(work);
  return found;
}

/* Whether f hands its failed I/O results to callers that take them as
 * read() and write() give theirs: f returns the result of the I/O it
 * classifies (its summary's returns_own_io), something in the run calls it,
 * its address is not taken and it is no configured entry point (as in the
 * caller context, a function the run calls is taken as called only from the
 * run), and every call of it waits and calls again on EAGAIN
 * (caller_retries_on_eagain: LibVNCServer's rfbWriteExact() around
 * rfbssl_write()). Over a socket BIO either want leaves the socket's EAGAIN
 * in errno, so the want f lets through is handled there. */
static bool callers_retry_on_eagain(const rule_ctx *ctx) {
  const project *p = ctx->p;
  const ir_function *f = ctx->f;
  if (f->summary_only || !p->sums[f->id].returns_own_io || !p->entry_via || p->entry_via[f->id].kind != ENTRY_CALLED ||
      !p->address_taken || p->address_taken[f->id])
    return false;
  /* a wrapper that sets errno itself (`errno = EIO; return -1;` on the way the
   * want it lets through takes, webfs's ssl_read()) hands its callers its own
   * errno, not the socket's EAGAIN */
  if (f->stores_errno) return false;
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  bool any = false, all = true;
  for (int g = 0; g < p->nfns && all; g++) {
    const ir_function *caller = p->fns[g];
    if (caller->summary_only) continue; /* a copy: its calls are its original's */
    for (int c = 0; c < caller->ncalls && all; c++) {
      const ir_call *call = &caller->calls[c];
      if (call->via_pointer || !call->callee || strcmp(call->callee, f->name)) continue;
      int nd = project_definitions(p, call->callee, caller, defs, MAX_DEFS);
      bool calls_f = nd > MAX_DEFS; /* not all listed: it may be f */
      for (int d = 0; d < nd && d < MAX_DEFS; d++) calls_f |= defs[d] == f->id;
      if (!calls_f) continue;
      any = true;
      all = nd <= MAX_DEFS && caller_retries_on_eagain(ctx, caller, c);
    }
  }
  return any && all;
}

/* Whether a way from call k, which gives variable v its result, reaches a
 * `return v;` before a definition of v that drops the value: `ret = SSL_get_error(s, ret);`
 * in a block that returns constants, before a `return ret;` that only a
 * count reaches, hands no classification to the caller. */
static bool result_reaches_return(const ir_function *f, int k, int v) {
  int home, ev;
  if (!ir_call_position(f, k, &home, &ev)) return true;
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *work = xmalloc(((size_t)f->nblocks + 1) * sizeof *work), n = 0;
  int first = ev + 1, at = home;
  bool found = false;
  for (;;) {
    const ir_block *b = &f->blocks[at];
    bool stopped = false;
    for (int i = first; i < b->nev && !stopped && !found; i++) {
      const ir_event *e = &b->ev[i];
      if (e->kind == EV_RETURN && e->var == v) found = true;
      else if (e->kind == EV_DEF && e->var == v && e->src_call != k)
        /* a constant, another call's result or a copy of another variable; not
         * `ret = -ret - 100`, which may keep the classification */
        stopped = e->has_value || e->src_call >= 0 || (e->src_var >= 0 && e->src_var != v);
    }
    for (int s = 0; s < b->nsucc && !stopped && !found; s++)
      if (!seen[b->succ[s].to]) {
        seen[b->succ[s].to] = true;
        work[n++] = b->succ[s].to;
      }
    if (found || n == 0) break;
    at = work[--n];
    first = 0;
  }
  free(seen);
  free(work);
  return found;
}

static bool result_leaves_function(const ir_function *f, int k) {
  const ir_call *c = &f->calls[k];
  if (c->result_returned || c->result_escapes) return true;
  int v = c->result_var;
  return v >= 0 && (f->vars[v].escapes || (f->vars[v].returned && result_reaches_return(f, k, v)));
}

/* WANT_*_BIT tested anywhere in f through SSL_want() or SSL_want_read()/_write(). */
static int want_queries(const rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const api_model *m = ctx->p->model;
  int bits = 0;
  for (int i = 0; i < f->ncalls; i++) bits |= ctx->x->effects[i].handles_want;
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *test = &f->tests[t];
    if (test->call < 0 || !ctx->x->effects[test->call].want_query) continue;
    if (test->value == m->ssl_reading) bits |= WANT_READ_BIT;
    if (test->value == m->ssl_writing) bits |= WANT_WRITE_BIT;
  }
  return bits;
}

/* A block that tests classification k's result (or its variable) for value. */
static int block_testing(const ir_function *f, int k, long long value) {
  int v = f->calls[k].result_var;
  for (int b = 0; b < f->nblocks; b++) {
    const ir_block *blk = &f->blocks[b];
    if (!ir_block_tests(blk, k, v) || !blk->cond_loc.file) continue;
    if ((blk->cmp_op == CMP_EQ || blk->cmp_op == CMP_NE) && blk->cmp_k == value) return b;
    for (int e = 0; e < blk->nsucc; e++)
      if (blk->succ[e].kind == IR_EDGE_CASE && blk->succ[e].has_value && blk->succ[e].value == value) return b;
  }
  return -1;
}

/* The path: the I/O call classified (the first linked), the branches to the
 * classification, the classification, and where the one want is tested. */
static void add_path(const rule_ctx *ctx, finding *fd, int k, const char *has, long long has_value, const char *lacks) {
  const ir_function *f = ctx->f;
  int io = -1;
  for (int i = 0; i < ctx->x->nlinks && io < 0; i++)
    if (ctx->x->links[i].classify == k) io = ctx->x->links[i].io;
  path_add_classified(fd, f, ctx->x, io, k, xasprintf("%s() classifies the result", rule_callee(f, k)));
  int b = has ? block_testing(f, k, has_value) : -1;
  if (b >= 0)
    finding_step_add(fd, f->blocks[b].cond_loc, "branch",
                     xasprintf("%s is handled here; nothing handles %s", has, lacks));
}

/* Whether an edge into the block of classification k proves, on every way
 * in, that the result it classifies (its ret argument: a variable, or the
 * I/O call itself) is negative: `res == -1 && SSL_get_error(s, res) ...`,
 * `if (res < 0) { ... SSL_get_error(s, res) ... }` with the call first in its
 * block. */
static bool edge_proves_negative(const ir_block *p, const ir_edge *e, int var, int call) {
  if (p->cmp_op == CMP_NONE || !((var >= 0 && p->cmp_var == var) || (call >= 0 && p->cmp_call == call))) return false;
  bool t = e->kind == IR_EDGE_TRUE, fl = e->kind == IR_EDGE_FALSE;
  long long k = p->cmp_k;
  switch (p->cmp_op) {
  case CMP_EQ: return t && k < 0;
  case CMP_NE: return fl && k < 0;
  case CMP_LT: return t && k <= 0;
  case CMP_LE: return t && k < 0;
  case CMP_GT: return fl && k <= -1;
  case CMP_GE: return fl && k <= 0;
  default: return false;
  }
}

static bool classified_negative(const ir_function *f, int k, int ret) {
  const ir_call *c = &f->calls[k];
  if (ret < 0 || ret >= c->nargs) return false;
  int var = c->args[ret].kind == ARG_VAR ? c->args[ret].var : -1;
  int call = c->args[ret].kind == ARG_CALL ? c->args[ret].call : -1;
  if (var < 0 && call < 0) return false;
  int blk = -1;
  for (int b = 0; b < f->nblocks && blk < 0; b++)
    for (int i = 0; i < f->blocks[b].nev && blk < 0; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind == EV_CALL && ev->call == k) blk = b;
      else if (ev->kind != EV_CALL || ev->call != call) break; /* the classification must come first */
    }
  if (blk < 0) return false;
  bool any = false;
  for (int b = 0; b < f->nblocks; b++)
    for (int e = 0; e < f->blocks[b].nsucc; e++) {
      if (f->blocks[b].succ[e].to != blk) continue;
      if (!edge_proves_negative(&f->blocks[b], &f->blocks[b].succ[e], var, call)) return false;
      any = true;
    }
  return any;
}

void ossl003_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  const api_model *m = ctx->p->model;
  /* One pass over the tests: the wants tested on each call's and each
   * variable's value; then each classification reads its own. Linear. */
  int *call_bits = xcalloc((size_t)f->ncalls + 1, sizeof *call_bits);
  int *var_bits = xcalloc((size_t)f->nvars + 1, sizeof *var_bits);
  bool *call_tested = xcalloc((size_t)f->ncalls + 1, sizeof *call_tested);
  bool *var_tested = xcalloc((size_t)f->nvars + 1, sizeof *var_tested);
  /* The variables holding the result of a project function that classifies
   * but is not known to return the SSL_ERROR_* code as it is: its tests count
   * only where the constant is written as one (`== SSL_ERROR_WANT_WRITE`),
   * not a code of the project's own that has the same value (`== IO_AGAIN`). */
  bool *own_codes_var = xcalloc((size_t)f->nvars + 1, sizeof *own_codes_var);
  for (int k = 0; k < f->ncalls; k++)
    if (x->effects[k].is_classify && !x->effects[k].returns_classification && f->calls[k].result_var >= 0)
      own_codes_var[f->calls[k].result_var] = true;
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *test = &f->tests[t];
    bool own = (test->call >= 0 && x->effects[test->call].is_classify && !x->effects[test->call].returns_classification) ||
               (test->var >= 0 && own_codes_var[test->var]);
    if (own && (!test->const_name || strncmp(test->const_name, "SSL_ERROR_", 10))) continue;
    int bit = test->value == m->ssl_error_want_read    ? WANT_READ_BIT
              : test->value == m->ssl_error_want_write ? WANT_WRITE_BIT
                                                       : 0;
    if (test->call >= 0) {
      call_bits[test->call] |= bit;
      call_tested[test->call] = true;
    }
    if (test->var >= 0) {
      var_bits[test->var] |= bit;
      var_tested[test->var] = true;
    }
  }
  prior_facts prior = {0}; /* helper filters, for wants_split: computed when first asked */
  int *handled = xcalloc((size_t)f->ncalls + 1, sizeof *handled);
  bool *tested = xcalloc((size_t)f->ncalls + 1, sizeof *tested);
  for (int k = 0; k < f->ncalls; k++) {
    if (!x->effects[k].is_classify) continue;
    int v = f->calls[k].result_var;
    handled[k] = call_bits[k] | (v >= 0 ? var_bits[v] : 0);
    if (handled[k] == WANT_READ_BIT || handled[k] == WANT_WRITE_BIT) handled[k] |= wants_split(ctx, &prior, k);
    tested[k] = call_tested[k] || (v >= 0 && var_tested[v]);
  }
  /* The classifications of one I/O call are taken together. */
  int *io_bits = xcalloc((size_t)f->ncalls + 1, sizeof *io_bits);
  for (int i = 0; i < x->nlinks; i++) io_bits[x->links[i].io] |= handled[x->links[i].classify];
  int *together = xcalloc((size_t)f->ncalls + 1, sizeof *together);
  for (int i = 0; i < x->nlinks; i++) together[x->links[i].classify] |= io_bits[x->links[i].io];
  /* The wants none of a classification's I/O calls can give (DTLSv1_handle_timeout() only writes),
   * where the classified result is proven negative (its 0 leaves the last call's want). */
  int *never = xcalloc((size_t)f->ncalls + 1, sizeof *never);
  for (int k = 0; k < f->ncalls; k++) never[k] = -1;
  for (int i = 0; i < x->nlinks; i++) never[x->links[i].classify] &= x->effects[x->links[i].io].never_wants;
  for (int k = 0; k < f->ncalls; k++)
    if (never[k] > 0 && !classified_negative(f, k, x->effects[k].ret_arg)) never[k] = 0;
  int queries = want_queries(ctx);
  for (int k = 0; k < f->ncalls; k++) {
    if (!x->effects[k].is_classify || !tested[k] || !facts_call_reached(x, k)) continue;
    const ir_call *c = &f->calls[k];
    if (result_leaves_function(f, k)) continue;
    int bits = handled[k] | queries | together[k] | (never[k] == -1 ? 0 : never[k]);
    const char *name = rule_callee(f, k);
    bool own = (handled[k] | queries) != 0; /* report where the want is tested */
    /* Every SSL writes through the project's own BIOs, which never ask to retry a write. */
    if (bits == WANT_READ_BIT && project_run_facts(ctx->p, f)->writes_never_retry) continue;
    /* ... or reads through BIOs that never ask to retry a read. */
    if (bits == WANT_WRITE_BIT && project_run_facts(ctx->p, f)->reads_never_retry) continue;
    if ((bits == WANT_READ_BIT || bits == WANT_WRITE_BIT) && own) {
      if (callers_retry_on_eagain(ctx)) continue;
      const char *has = bits == WANT_READ_BIT ? "SSL_ERROR_WANT_READ" : "SSL_ERROR_WANT_WRITE";
      const char *lacks = bits == WANT_READ_BIT ? "SSL_ERROR_WANT_WRITE" : "SSL_ERROR_WANT_READ";
      finding *fd = findings_add(ctx->out, ctx->rule, c->loc,
                                 xasprintf("the result of %s() is checked for %s but not %s: on a non-blocking "
                                           "connection any I/O call can return either, and %s falls into the "
                                           "error path",
                                           name, has, lacks, lacks));
      add_path(ctx, fd, k, has, bits == WANT_READ_BIT ? m->ssl_error_want_read : m->ssl_error_want_write, lacks);
    } else if (bits == 0 && eagain_tested_after(ctx, k)) {
      finding *fd = findings_add(ctx->out, ctx->rule, c->loc,
                                 xasprintf("the result of %s() is checked for neither SSL_ERROR_WANT_READ nor "
                                           "SSL_ERROR_WANT_WRITE, although %s() tests EAGAIN after it (a "
                                           "non-blocking socket)",
                                           name, f->name));
      add_path(ctx, fd, k, NULL, 0, NULL);
    }
  }
  free(handled);
  prior_facts_free(&prior);
  free(tested);
  free(call_bits);
  free(var_bits);
  free(call_tested);
  free(var_tested);
  free(own_codes_var);
  free(io_bits);
  free(together);
  free(never);
}
