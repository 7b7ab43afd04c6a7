#include "analysis.h"
#include "custom_bio.h"
#include "var_bounds.h"

#include "bounded_io.h"
#include "dataflow.h"
#include "util.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- what a call does ---- */

/* A call's command argument (SSL_ctrl's cmd), when it is a known constant. */
static bool command_of(const api_function *api, const ir_call *c, long long *cmd) {
  if (api->cmd_arg < 0 || api->cmd_arg >= c->nargs || c->args[api->cmd_arg].kind != ARG_CONST) return false;
  *cmd = c->args[api->cmd_arg].value;
  return true;
}

static bool call_arg_const(const void *call, int i, long long *v) {
  const ir_call *c = call;
  if (i < 0 || i >= c->nargs || c->args[i].kind != ARG_CONST) return false;
  *v = c->args[i].value;
  return true;
}

static void effect_of_model(const api_function *api, const ir_call *c, call_effect *e) {
  e->openssl = true;
  e->want_query = api->want_query;
  e->handles_want = api->handles_want;
  e->zero_ambiguous = api->zero_ambiguous;
  e->probe = api->probe_len_arg >= 0 && api->probe_len_arg < c->nargs &&
             c->args[api->probe_len_arg].kind == ARG_CONST && c->args[api->probe_len_arg].value == 1;
  e->buf_arg = api->buf_arg;
  e->len_arg = api->len_arg;
  e->probe_len_arg = api->probe_len_arg;
  e->success_len_arg = api->success_len_arg;
  e->success_min = api->success_min;
  e->min_result = api->min_result;
  e->peeks_queue = api->peeks_queue;
  e->raises = api->raises;
  long long cmd = 0;
  bool has_cmd = command_of(api, c, &cmd);
  e->proves_blocked = api->blocked_flags && has_cmd && (cmd & api->blocked_flags) == api->blocked_flags;
  api_effect ae = model_effect_of(api, has_cmd, cmd, call_arg_const, c);
  switch (ae.role) {
  case ROLE_IO:
    e->passes = false;
    e->dirties = e->is_io = true;
    e->io_in_mask = Q_ENTRY;
    e->never_wants = ae.never_wants;
    break;
  case ROLE_CLASSIFY:
    e->is_classify = e->returns_classification = true;
    e->ret_arg = api->ret_arg;
    break;
  case ROLE_CLEAR:
    e->passes = false;
    e->cleans = e->drains = true;
    break;
  case ROLE_DRAIN:
    e->drains = true;
    if (api->empties) {
      e->passes = false;
      e->cleans = true;
    } else {
      e->pops_one = true;
    }
    break;
  case ROLE_PUSHES: e->dirties = true; break;
  case ROLE_PUSHES_ON_FAILURE:
    e->dirties = true;
    e->nfail = ae.nfailure;
    memcpy(e->fail, ae.failure, sizeof e->fail);
    e->fail_succ_mask = api->clears_on_success ? Q_CLEAN : Q_ENTRY; /* the queue a success leaves */
    break;
  case ROLE_MARK: e->sets_mark = true; break;
  case ROLE_POP_TO_MARK: e->pops_to_mark = true; break;
  case ROLE_PURE:
  case ROLE_NEUTRAL: break;
  }
}

/* Into e's failure values, those of one more definition s of the callee. */
static void join_failures(call_effect *e, const fn_summary *s) {
  if (!(s->exit_mask & Q_DIRTY)) { /* never pushes: every path is a success */
    e->fail_succ_mask |= s->exit_mask;
    return;
  }
  if (s->fail_n < 0 || e->nfail < 0) {
    e->nfail = -1;
    return;
  }
  e->fail_succ_mask |= s->fail_succ_mask;
  for (int i = 0; i < s->fail_n; i++) {
    bool have = false;
    for (int j = 0; j < e->nfail && !have; j++) have = e->fail[j] == s->fail_vals[i];
    if (have) continue;
    if (e->nfail == API_MAX_FAILURE) {
      e->nfail = -1;
      return;
    }
    e->fail[e->nfail++] = s->fail_vals[i];
  }
}

call_effect effect_neutral(void) {
  return (call_effect){.passes = true, .ret_arg = -1, .rets = {.n = -1, .param = -1}, .nfail = -1,
                       .min_result = LLONG_MIN, .classify_arg = -1, .buf_arg = -1, .len_arg = -1,
                       .probe_len_arg = -1, .success_len_arg = -1};
}

bool effect_pushes_only_on_failure(const call_effect *e) {
  return e->nfail > 0 && !(e->fail_succ_mask & Q_DIRTY);
}

/* Whether call c of f is given (argument 0) an SSL's own transport BIO: the
 * result of SSL_get_wbio() or SSL_get_rbio(), directly or through a local
 * variable given nothing else. */
static bool transport_getter(const ir_function *f, int call, const void *model) {
  const api_model *m = model;
  return model_name_in(m->bio_transport_getters, m->nbio_transport_getters, f->calls[call].callee);
}

static bool transport_bio(const api_model *m, const ir_function *f, const ir_call *c) {
  if (c->nargs < 1) return false;
  const ir_arg *a = &c->args[0];
  if (a->kind == ARG_CALL) return transport_getter(f, a->call, m);
  return a->kind == ARG_VAR && a->var >= f->nparams && !ir_var_aliasable(f, a->var) &&
         ir_defined_only_by_calls(f, a->var, transport_getter, m);
}

/* Whether BIO read c (of api, in f) pushes nothing: of an SSL's transport BIO
 * (custom_bio_io_quiet), or of a BIO surely a memory or socket one
 * (custom_bio_arg_quiet). The name is tested first: this runs for every
 * OpenSSL call the summaries see. */
static bool bio_read_quiet(const project *p, const api_model *m, const api_function *api, const ir_function *f,
                           const ir_call *c) {
  return model_name_in(m->bio_quiet_io, m->nbio_quiet_io, api->name) &&
         ((project_run_facts(p, f)->bio_io_quiet && transport_bio(m, f, c)) || custom_bio_arg_quiet(p, f, c));
}

static bool calls_ssl_maker(const ir_function *f, int call, const void *model) {
  const api_model *m = model;
  const ir_call *c = &f->calls[call];
  return c->callee && !c->via_pointer && model_name_in(m->ssl_makers, m->nssl_makers, c->callee);
}

/* Whether local v of factory fn, holding a new SSL, stays before its
 * handshake: copied nowhere (`g_current = ssl;`, `c->ssl = ssl;`), fn calls
 * no OpenSSL I/O and no call into a BIO's method (`BIO_set_ssl(b, ssl, ...)`
 * puts it in a filter whose BIO_do_handshake() runs SSL_do_handshake()),
 * starts no thread (`pthread_create(..., connect_fn, ssl)`), calls nothing
 * through a pointer, and gives no other function (the run's or one outside
 * it, `tls_start(ssl)`) v or any value that may hide it (a cast, an
 * expression): only constants, calls' results and functions' names. */
static bool fresh_ssl_stays_fresh(const ir_function *fn, const api_model *m, int v) {
  if (ir_var_copied(fn, v) || fn->vars[v].escapes) return false;
  for (int k = 0; k < fn->ncalls; k++) {
    const ir_call *c = &fn->calls[k];
    if (calls_ssl_maker(fn, k, m)) continue;
    if (!c->callee || c->via_pointer || model_name_in(m->thread_starts, m->nthread_starts, c->callee)) return false;
    const api_function *api = c->callee_openssl ? model_lookup(m, c->callee) : NULL;
    if (api) {
      if (api->role == ROLE_IO || model_name_in(m->bio_method_calls, m->nbio_method_calls, c->callee)) return false;
      continue;
    }
    for (int i = 0; i < c->nargs; i++) {
      const ir_arg *x = &c->args[i];
      if ((x->kind == ARG_VAR && x->var == v) || (x->kind == ARG_OTHER && !c->callee_system)) return false;
    }
  }
  return true;
}

/* Whether project function g hands out a new SSL before its handshake: every
 * return gives the result of one of the model's ssl_makers (`return
 * SSL_new(ctx);`, or a local given only those or NULL, which stays fresh:
 * fresh_ssl_stays_fresh()) or NULL, one at least a maker's, and g may run no
 * TLS I/O, itself or through its callees (a factory that also connected
 * would hand out an established SSL). */
static bool ssl_factory(const project *p, int g) {
  const ir_function *fn = p->fns[g];
  const api_model *m = project_model_of(p, fn);
  if (!fn->returns_pointer || p->sums[g].does_io || !m->nssl_makers || fn->has_asm) return false;
  bool made = false;
  for (int b = 0; b < fn->nblocks; b++)
    for (int i = 0; i < fn->blocks[b].nev; i++) {
      const ir_event *ev = &fn->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      const ir_return *r = ev->ret >= 0 ? &fn->rets[ev->ret] : NULL;
      if (ev->call >= 0) {
        if (!calls_ssl_maker(fn, ev->call, m)) return false;
        made = true;
      } else if (ev->var >= fn->nparams && ir_var_is_local(fn, ev->var) && !ir_var_aliasable(fn, ev->var) &&
                 ir_defined_only_by_calls_or_null(fn, ev->var, calls_ssl_maker, m) &&
                 fresh_ssl_stays_fresh(fn, m, ev->var)) {
        made = true;
      } else if (!(r && r->nvals == 1 && r->vals[0] == 0)) {
        return false;
      }
    }
  return made;
}

call_effect effect_of(const project *p, const ir_function *f, const ir_call *c) {
  call_effect e = effect_neutral();
  const call_target *t = project_call_target(p, f, c); /* resolved once by project_init */
  const api_function *api =
      t->filter_io && project_run_facts(p, f)->ssl_filters && custom_bio_arg_ssl_filter(p, f, c) ? t->filter_io : t->api;
  const int *defs = t->defs;
  int ndefs = t->ndefs;
  if (!api && c->via_pointer) { /* no role configured: unknown, taken as neutral */
    e.does_io = true;
    return e;
  }
  if (api) {
    const api_model *m = project_model_of(p, f);
    for (size_t i = 0; i < m->nbio_memory_writes; i++) /* to a memory BIO: pushes only when it fails */
      if (!strcmp(m->bio_memory_writes[i], api->name) && custom_bio_arg_memory(p, f, c)) {
        const api_effect *w = &m->bio_memory_write_effects[i];
        e.openssl = e.dirties = true;
        e.nfail = w->nfailure;
        memcpy(e.fail, w->failure, sizeof e.fail);
        e.fail_succ_mask = Q_ENTRY;
        return e;
      }
    /* the project's own method may run, or lack the operation; not on a BIO
     * surely one of OpenSSL's memory or socket BIOs, whose method is OpenSSL's */
    if (project_run_facts(p, f)->own_bio_methods && model_name_in(m->bio_method_calls, m->nbio_method_calls, api->name) &&
        !custom_bio_arg_quiet(p, f, c)) {
      e.openssl = e.dirties = true;
      return e;
    }
    if (bio_read_quiet(p, m, api, f, c)) {
      e.openssl = true; /* on the run's memory or socket BIOs: pushes nothing */
      return e;
    }
    effect_of_model(api, c, &e);
    e.does_io = e.is_io;
    e.makes_ssl = model_name_in(m->ssl_makers, m->nssl_makers, api->name);
    const run_facts *rf = project_run_facts(p, f);
    if (e.is_io && e.min_result == LLONG_MIN && m->has_native_min_result && !rf->own_bio_methods && !rf->bio_callbacks)
      e.min_result = m->native_min_result; /* over OpenSSL's own BIOs: `case 0: case -1:` are all its failures */
    return e;
  }
  if (ndefs > 0) { /* what any of its definitions may do */
    e.resolved_by_summary = true;
    e.passes = false;
    e.rets = p->sums[defs[0]].rets;
    e.nfail = 0;
    e.returns_classification = true;
    bool params_agree = true;
    for (int i = 0; i < ndefs && i < CALL_MAX_DEFS; i++) {
      const fn_summary *s = &p->sums[defs[i]];
      e.passes |= s->exit_mask & Q_ENTRY;
      e.cleans |= s->exit_mask & Q_CLEAN;
      e.dirties |= s->exit_mask & Q_DIRTY;
      e.drains |= s->drains;
      e.does_io |= s->does_io;
      e.is_io |= s->returns_io;
      e.io_in_mask |= s->io_in_mask;
      e.returns_classification &= s->returns_classification;
      join_failures(&e, s);
      if (s->returns_io || s->returns_own_io) {
        e.io_success_mask |= s->io_success_mask;
        if (s->io_success_min > e.success_min) e.success_min = s->io_success_min;
      }
      e.own_io |= s->returns_own_io;
      if (s->returns_zero_ambiguous) { /* a wrapper's 0 is the read's (OSSL005 follows it in the caller) */
        bool first = !e.zero_ambiguous;
        e.zero_ambiguous = true;
        e.buf_arg = first || e.buf_arg == s->zero_buf_param ? s->zero_buf_param : -1;
        e.len_arg = first || e.len_arg == s->zero_len_param ? s->zero_len_param : -1;
        int pp = s->zero_probe_param; /* `pk(s, &c, 1)` with `return SSL_peek(s, b, l);` inside */
        e.probe |= pp >= 0 && pp < c->nargs && c->args[pp].kind == ARG_CONST && c->args[pp].value == 1;
      }
      if (s->classifies_stored) e.is_classify = e.classifies_stored = true;
      if (s->classify_ret_param >= 0) { /* classifies if any definition does */
        params_agree &= e.ret_arg < 0 || e.ret_arg == s->classify_ret_param;
        if (e.ret_arg < 0) e.ret_arg = s->classify_ret_param;
        e.is_classify = true;
      }
      if (i > 0) ret_table_join(&e.rets, &s->rets);
    }
    if (!params_agree) e.ret_arg = -1;
    e.makes_ssl = ndefs <= CALL_MAX_DEFS;
    for (int i = 0; i < ndefs && i < CALL_MAX_DEFS && e.makes_ssl; i++) e.makes_ssl = ssl_factory(p, defs[i]);
    if (ndefs == 1 && p->sums[defs[0]].classify_ret_param >= 0) {
      e.classify_arg = p->sums[defs[0]].classify_ret_param;
      e.exit_failed_mask = p->sums[defs[0]].exit_failed_mask;
      e.exit_mask = p->sums[defs[0]].exit_mask;
      e.drains_before_classify = p->sums[defs[0]].drains_before_classify;
    }
    if (ndefs > CALL_MAX_DEFS) e.rets.n = -1, e.nfail = -1, e.returns_classification = false;
    if (!e.dirties) e.nfail = -1;
    return e;
  }
  if (c->callee_openssl) e.openssl = e.dirties = true;
  return e;
}

/* ---- the queue analysis ---- */

typedef struct {
  unsigned mask;
  int origin1;    /* 1 + a call that may have pushed, 0: none */
  /* 1 + a variable that is zero only where the queue is empty, on every way
   * here: one holding ERR_get_error()'s (or ERR_peek_error()'s) result, or
   * one a test just proved non-zero; 0: none. drain_proof: every way here
   * has it from such a test (its zero edge cannot be taken: it proves
   * nothing of the queue by itself, only where ways that hold a result of
   * ERR_get_error() join it). */
  int drain_var1;
  bool drain_proof;
  unsigned mark1; /* 1 + the states at ERR_set_mark(), 0: no mark */
  /* The last queue effect was this I/O call (1 + its index), or a call that
   * pushes only when it fails (a checked setter): where its result is known to
   * be a success, the queue is back to pre_mask / pre_origin1. */
  int io1, io_var1;
  unsigned pre_mask;
  int pre_origin1;
  unsigned io_lost; /* paths with different I/O calls met here: none is tracked */
  /* Bit i: the tracked I/O call's failure value min_result + i is ruled out
   * on every way here that tracks it, by the tests on the way (`if (n == 0)
   * return 0;` then `if (n < 0) {...}`: n is 1 or more). All of them: a success. */
  unsigned io_ruled;
  /* Every path here has variable iofail_var1 - 1 holding a failed I/O result,
   * below iofail_min (`if (n <= 0) { log(...); close(...); }`), not assigned
   * since: where it joins a path tracking an I/O result in that variable, a
   * later proof of that call's success leaves this path behind, so its queue
   * is not the one the success returns to (`return n;` after the block). */
  int iofail_var1, iofail_min;
  /* The result of a call to a project function whose summary lists the
   * constants it returns (1 + the call), and the variable holding it: which
   * entries of that table it may still be (rv_vals), which of them prove the
   * tracked I/O call succeeded (rv_succ), and the queue where they do. */
  int rv_call1, rv_var1;
  /* rv_var1 holds not the result but the truth of `result rv_cmp_op
   * rv_cmp_k` (`e = (f(...) != OK);`), where rv_cmp_op is not CMP_NONE */
  ir_cmp_op rv_cmp_op;
  long long rv_cmp_k;
  unsigned rv_vals, rv_succ, rv_mask;
  int rv_origin1;
  /* Per table entry, the queue when the callee returns it (seen from here),
   * while nothing has moved the queue since the call (rv_fresh): a test that
   * narrows the result narrows the queue to those entries' states. */
  bool rv_fresh;
  unsigned rv_after[RET_TABLE_MAX];
  /* The queue on the ways joined here on which the variable holds something
   * else (`int n = 0; while (n == 0) n = wrap(...);`: the first test's way),
   * any value: a test keeps them whatever it admits. */
  unsigned rv_other;
  /* Ways tracking different results met here: none is tracked, and a join
   * does not take one up again (which would let the analysis go round). */
  bool rv_lost;
  /* SSL_get_error()'s result (1 + the call, and 1 + the variable holding it),
   * with nothing done to the queue since: where it is SSL_ERROR_WANT_* or
   * SSL_ERROR_ZERO_RETURN, the queue was empty (SSL_get_error looks at it first). */
  int cls_call1, cls_var1;
  /* The queue, and where an error in it comes from, on the ways joined here
   * that do not hold that classification (cls_call1 set): a test of it
   * proves nothing of them, which keep this state. */
  unsigned cls_other;
  int cls_other_origin1;
  /* The codes (ir.h's code bits) the classification's variable may hold on
   * the ways that hold it (cls_codes), and on the ways of cls_other on which the queue
   * may hold an error (cls_other_codes; IR_CODES_ALL: not known): a test of the
   * variable that rules out all of the latter leaves those ways behind (INN's
   * `case SSL_ERROR_ZERO_RETURN: SSL_shutdown(s); ...` before `while (err ==
   * SSL_ERROR_WANT_READ)`). */
  unsigned cls_codes, cls_other_codes;
  /* Every path here on which the queue may hold an error (Q_DIRTY) has
   * variable dirt_var1 - 1 holding one of the constants dirt_vals (`default: status =
   * E_FAILED;` on the way out of a classification); 0: not known. A test of
   * that variable that rules them all out leaves those paths behind
   * (`if (status == OK) goto retry;`). */
  int dirt_var1;
  long long dirt_vals[4]; /* a few constants, joined from ways that gave each (`n = -2;`, `n = -1;`) */
  int ndirt_vals;
  /* Nonzero: instead of dirt_vals, the variable holds one of these codes
   * (as cls_codes): a classification's, narrowed by the tests on the way, when a
   * call then pushed (`case SSL_ERROR_ZERO_RETURN: SSL_shutdown(s);`). */
  unsigned dirt_codes;
  /* Stable conditions (ir_block.cond_key1, bit key - 1): every path here took
   * the edges path_true says of those in path_known; every path here on which
   * the queue may hold an error (Q_DIRTY, or Q_ENTRY: the caller's), those of
   * dirt_known. A later test
   * of the same condition that takes the other edge leaves those paths
   * behind (`if (flags & USE_SSL) SSL_shutdown(...); ... if (!(flags & USE_SSL))`). */
  uint32_t path_known, path_true, dirt_known, dirt_true;
} qstate;

/* The queues that may hold an error: one of this function's, or the caller's. */
enum { Q_UNCLEAN = Q_DIRTY | Q_ENTRY };

static void clear_dirt_value(qstate *s) {
  s->dirt_var1 = 0;
  s->ndirt_vals = 0;
  memset(s->dirt_vals, 0, sizeof s->dirt_vals);
  s->dirt_codes = 0;
}

/* A run split by what a returned variable was last given
 * (facts_return_masks_split): only the paths `how` keeps go on; the states at
 * its returns are kept. */
typedef struct {
  bool on;
  facts_split how;
  unsigned *ret_mask; /* per return statement */
} qsplit;

typedef struct {
  const ir_function *f;
  const api_model *model;
  bool syscall_empty; /* SSL_ERROR_SYSCALL means an empty queue in this run */
  bool whole_writes;  /* no partial writes in this run: a write's result other than its length is a failure */
  fn_facts *x;
  bool record;
  qsplit split;
  /* The classified parameter holds a failed I/O result: where a classification
   * of it says SSL_ERROR_NONE (which needs a success), no path goes. */
  int failed_param;
  /* The variables' lower bounds, for the branches that compare two variables
   * (NULL: f has none). */
  var_bounds *bounds;
  /* Per call: a handshake of an SSL fresh from SSL_new() here, in no loop
   * (handshake_of_fresh_ssl); NULL: f makes no such call. */
  bool *fresh_handshake;
} qctx;

static void q_init(void *ctx, void *state) {
  (void)ctx;
  *(qstate *)state = (qstate){.mask = Q_ENTRY};
}

static void forget_result(qstate *s);

/* A zero result of this call means the queue is empty (ERR_get_error, ERR_peek_error). */
static bool tells_if_empty(const call_effect *e) { return e->pops_one || e->peeks_queue; }

/* No I/O call tracked (and none lost). */
static void forget_io(qstate *s) {
  s->io1 = s->io_var1 = 0;
  s->io_ruled = 0;
  s->pre_mask = 0;
  s->pre_origin1 = 0;
  s->io_lost = 0;
}

/* Of two origins (1 + a call, 0: none), the one a note should name: a TLS
 * I/O call (or a wrapper of one) whose failure left its error, the way the
 * stale errors of real code come about, before any other call that may push;
 * else the earlier. A total order, so joins do not depend on their order. */
static int min_origin1(const qctx *c, int a, int b) {
  if (!a || !b) return a ? a : b;
  bool io_a = c->x->effects[a - 1].is_io, io_b = c->x->effects[b - 1].is_io;
  if (io_a != io_b) return io_a ? a : b;
  return a < b ? a : b;
}

/* The tracked call is TLS I/O (not a call that pushes only on failure). */
static bool tracks_io(const qctx *c, const qstate *s) { return s->io1 && c->x->effects[s->io1 - 1].is_io; }

/* Whether argument a of call k is the result of the tracked I/O call. */
static bool is_tracked_io_result(const qctx *c, const qstate *s, const ir_call *k, int a) {
  if (!tracks_io(c, s) || a < 0 || a >= k->nargs) return false;
  const ir_arg *arg = &k->args[a];
  return (arg->kind == ARG_CALL && arg->call == s->io1 - 1) ||
         (arg->kind == ARG_VAR && s->io_var1 && arg->var == s->io_var1 - 1);
}

/* A call whose summary lists the constants it returns: start tracking its
 * result. When it is passed the tracked I/O call's result, the entries that
 * prove that result a success lead back to the queue before the I/O call,
 * through what the callee does on the way to those returns. */
static void track_result(qctx *c, int call, const qstate *before, qstate *out) {
  const call_effect *e = &c->x->effects[call];
  forget_result(out);
  const ret_table *t = &e->rets;
  const ir_call *k = &c->f->calls[call];
  int p = t->param;
  unsigned vals = (1u << t->n) - 1, succ = 0, mask = 0;
  int origin1 = 0;
  if (p >= 0 && p < k->nargs && k->args[p].kind == ARG_CONST) {
    vals = ret_table_possible_for(t, k->args[p].value);
  } else if (is_tracked_io_result(c, before, k, p)) {
    unsigned proving = ret_table_proving(t, c->x->effects[before->io1 - 1].success_min);
    for (int i = 0; i < t->n; i++) {
      if (!(proving >> i & 1)) continue;
      unsigned m = t->exit_mask[i];
      unsigned reached = queue_from_caller(m, before->pre_mask);
      if (!reached) continue;
      succ |= 1u << i;
      mask |= reached;
      if ((m & Q_ENTRY) && (before->pre_mask & Q_DIRTY)) origin1 = min_origin1(c, origin1, before->pre_origin1);
      if (m & Q_DIRTY) origin1 = min_origin1(c, origin1, call + 1);
    }
  }
  if (!vals) return;
  out->rv_fresh = true;
  /* An entry returned only where the tracked I/O call succeeded (it proves
   * the argument a success) passes on the queue that success left. */
  for (int i = 0; i < t->n; i++)
    out->rv_after[i] = queue_from_caller(t->exit_mask[i], succ >> i & 1 ? before->pre_mask : before->mask);
  out->rv_call1 = call + 1;
  out->rv_vals = vals;
  out->rv_succ = succ & vals;
  out->rv_mask = mask;
  out->rv_origin1 = origin1;
}

static unsigned held_masks(const qstate *s);

/* Whether call `call` gives a new SSL before its handshake (data: the
 * function's call effects, call_effect.makes_ssl). */
static bool made_by_ssl_new(const ir_function *f, int call, const void *data) {
  (void)f;
  const call_effect *eff = data;
  return eff && eff[call].makes_ssl;
}



/* An SSL a handshake call is given: one keyed by a field or a variable of
 * static storage (key, ir_arg.field), or a local variable (var, key NULL). */
typedef struct {
  const char *key;
  int var;
  /* a way round a retry loop through a handshake call's failure counts as
   * a reset (false in a run that may set SSL_MODE_ASYNC, where the next call
   * resumes a paused job without state_machine()'s clear) */
  bool failures_reset;
} ssl_ref;

/* The SSL argument of call `call` where it is one of the model's
 * handshakes (SSL_connect(), SSL_accept(), SSL_do_handshake()), else NULL. */
static const ir_arg *handshake_ssl_arg(const ir_function *f, const api_model *m, int call) {
  const ir_call *k = &f->calls[call];
  if (!k->callee || !model_name_in(m->handshakes, m->nhandshakes, k->callee)) return NULL;
  const api_function *api = model_lookup(m, k->callee);
  return api && api->ssl_arg >= 0 && api->ssl_arg < k->nargs ? &k->args[api->ssl_arg] : NULL;
}

static bool names_ref(const ir_arg *a, ssl_ref r) {
  return r.key ? ir_arg_names_object(a, r.key) : a->kind == ARG_VAR && a->var == r.var;
}

/* Whether call k puts the SSL `r` back before its handshake: one of the
 * model's handshake_resets given it first, or SSL_new() whose result goes
 * there (`c->ssl = SSL_new(ctx)`; for a local, its definition says). */
static bool resets_handshake(const ir_function *f, const api_model *m, const call_effect *eff, int k, ssl_ref r) {
  const ir_call *c = &f->calls[k];
  if (!c->callee || c->via_pointer) return false;
  if (r.key && c->result_field && !strcmp(c->result_field, r.key)) return made_by_ssl_new(f, k, eff);
  return model_name_in(m->handshake_resets, m->nhandshake_resets, c->callee) && c->nargs > 0 &&
         names_ref(&c->args[0], r);
}

/* Whether call c is given the SSL `r`. */
static bool given_key(const ir_call *c, ssl_ref r) {
  for (int a = 0; a < c->nargs; a++)
    if (names_ref(&c->args[a], r)) return true;
  return false;
}

/* The event of block p that is a handshake call of f on the SSL keyed `key`
 * whose result p tests (or a variable only that call gives a value), when
 * edge e of p admits none of its successes (`ret = SSL_accept(s); if (ret !=
 * 1) { ... continue; }` round a retry loop); else -1. Edge e is then taken
 * only where that call failed. A handshake call fails only on an SSL in its
 * handshake (on an established one it returns 1 at once), which the failure
 * leaves in its handshake or in its error state: the next handshake call
 * runs state_machine() again, which clears first, or fails at once with that
 * SSL's own error still on the queue. */
static int handshake_failure_edge(const ir_function *f, const api_model *m, const call_effect *eff, int p, int e,
                                  ssl_ref key, int *via) {
  const ir_block *b = &f->blocks[p];
  *via = -1;
  for (int i = b->nev - 1; i >= 0; i--) {
    if (b->ev[i].kind != EV_CALL) continue;
    int j = b->ev[i].call;
    const ir_call *k = &f->calls[j];
    const ir_arg *ssl = k->via_pointer ? NULL : handshake_ssl_arg(f, m, j);
    if (!ssl || !names_ref(ssl, key)) continue;
    int v = k->result_var;
    if (v >= 0 && (v < f->nparams || ir_var_aliasable(f, v) || !ir_var_last_given_by(f, v, j, p))) v = -1;
    if (!ir_block_tests(b, j, v)) continue;
    if (!ir_value_edge_admits(b, e, j, v, eff[j].success_min)) return i; /* its success is 1, and only 1 */
  }
  /* A test in a block of its own (a do-while's `while (ret <= 0)`) of a
   * local that holds such a call's result on every way there: *via is that
   * call, and the way back goes on to it. Only for a local SSL: a field may
   * be given another SSL by a function of the run on the way. */
  for (int j = 0; j < f->ncalls && b->nsucc > 1 && !key.key; j++) {
    const ir_call *k = &f->calls[j];
    const ir_arg *ssl = k->via_pointer ? NULL : handshake_ssl_arg(f, m, j);
    int v = k->result_var;
    if (!ssl || !names_ref(ssl, key) || v < 0 || v < f->nparams || ir_var_aliasable(f, v) || !ir_block_tests(b, -1, v) ||
        ir_value_edge_admits(b, e, -1, v, eff[j].success_min) || !ir_var_last_given_by(f, v, j, p))
      continue;
    *via = j;
    break;
  }
  return -1;
}

/* Whether call c (effect e) is of a function neither OpenSSL's nor the C
 * library's nor summarized in the run, given anything but constants: it may
 * reach a local SSL through a copy the IR does not show (`struct conn c =
 * {fd, ssl}; pump(&c);`) and run its handshake. */
static bool outside_call_given_values(const ir_call *c, const call_effect *e) {
  if (e->openssl || e->resolved_by_summary || c->callee_system) return false;
  for (int a = 0; a < c->nargs; a++)
    if (c->args[a].kind != ARG_CONST) return true;
  return false;
}

/* Events `from` - 1 down to `lo` of block blk, on the way back from a
 * handshake call on the SSL keyed `key`: whether one may leave that SSL in
 * another state than a reset left it (some_way_without_reset); *reset: a
 * reset came first. */
static bool events_open_handshake(const ir_function *f, const api_model *m, const call_effect *eff, int blk, int from,
                                  int lo, ssl_ref key, int failed_call, bool *reset) {
  bool open = false;
  *reset = false;
  for (int i = from - 1; i >= lo && !*reset && !open; i--) {
    const ir_event *ev = &f->blocks[blk].ev[i];
    if (ev->kind == EV_CALL && ev->call == failed_call) { /* the way came through its failure */
      *reset = true;
      continue;
    }
    if (!key.key && ev->kind == EV_DEF && ev->var == key.var) {
      /* the local's value: an SSL_new() there resets; NULL too (a handshake
       * call on NULL never succeeds, so no success follows that way); else
       * another SSL */
      *reset = (ev->src_call >= 0 && made_by_ssl_new(f, ev->src_call, eff)) ||
               (ev->src_call < 0 && ev->has_value && ev->value == 0);
      open = !*reset;
      continue;
    }
    if (key.key && ev->kind == EV_STORE) { /* a call's result stored as it is: that call says which (below) */
      const ir_event *prev = i > 0 ? &f->blocks[blk].ev[i - 1] : NULL;
      open = ev->stores_pointer && !ev->has_value && !(prev && prev->kind == EV_CALL && f->calls[prev->call].result_field);
    }
    if (ev->kind != EV_CALL) continue;
    const call_effect *e = &eff[ev->call];
    const char *into = f->calls[ev->call].result_field;
    *reset = resets_handshake(f, m, eff, ev->call, key);
    open = !*reset && (e->is_io || e->own_io || e->does_io || (key.key && into && !strcmp(into, key.key)) ||
                       (!e->openssl && !e->resolved_by_summary && given_key(&f->calls[ev->call], key)) ||
                       (!key.key && outside_call_given_values(&f->calls[ev->call], e)));
  }
  return open;
}

/* Whether the way back from event `at` of block b (exclusive) to the
 * function's entry may leave event at's SSL (keyed `key`) in another state
 * than a reset left it, on some way: a way that reaches the entry, or a call
 * that may run TLS I/O (the handshake itself, round a loop; a project
 * function whose summary says it may; a call through a pointer; a function
 * neither OpenSSL's nor the run's given that SSL), or a store of a pointer or
 * a struct not a constant (another SSL), before a reset. A way that comes only through a
 * handshake call's failure on that SSL (handshake_failure_edge) leaves it in
 * its handshake too. */
static bool some_way_without_reset(const ir_function *f, const api_model *m, const call_effect *eff, int b, int at,
                                   ssl_ref key) {
  /* per block, 1 + the failed call its ways back came through (-1: none) */
  int *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), n = 0;
  int *stack_failed = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack_failed);
  bool open = false;
  int blk = b, from = at, failed_call = -1;
  for (;;) {
    bool reset;
    open = events_open_handshake(f, m, eff, blk, from, 0, key, failed_call, &reset);
    if (!reset && !open) {
      open = blk == f->entry;
      for (int p = 0; p < f->nblocks && !open; p++)
        for (int e = 0; e < f->blocks[p].nsucc && !open; e++) {
          if (f->blocks[p].succ[e].to != blk) continue;
          int via;
          int failed = key.failures_reset ? handshake_failure_edge(f, m, eff, p, e, key, &via) : (via = -1);
          if (failed >= 0) { /* only after that call failed: what p does after it still counts */
            bool after_reset;
            open = events_open_handshake(f, m, eff, p, f->blocks[p].nev, failed + 1, key, -1, &after_reset);
            continue;
          }
          int on = via >= 0 ? via : failed_call; /* the failed call this way back goes on to */
          if (via >= 0 && failed_call >= 0 && via != failed_call) open = true; /* two: not followed */
          else if (seen[p] && seen[p] != on + 2) open = true; /* seen on another way: not followed */
          else if (!seen[p] && n < f->nblocks) {
            seen[p] = on + 2;
            stack[n] = p;
            stack_failed[n++] = on;
          }
          break;
        }
    }
    if (open || n == 0) break;
    blk = stack[--n];
    failed_call = stack_failed[n];
    from = f->blocks[blk].nev;
  }
  free(seen);
  free(stack);
  free(stack_failed);
  return open;
}

/* A handshake call (the model's `handshakes`) on an SSL held in a field or a
 * variable of static storage, that a reset call (the model's
 * `handshake_resets`: SSL_clear(), SSL_set_accept_state(), ...; or SSL_new()
 * stored there) put back before its handshake on every way to it, with no
 * call between that may run TLS I/O: the
 * call runs the handshake, as on an SSL fresh from SSL_new() (INN's
 * tls_start_servertls(): `SSL_clear(tls_conn); ... SSL_set_accept_state(tls_conn);
 * ... SSL_accept(tls_conn)`). */
static bool handshake_after_reset(const ir_function *f, const api_model *m, const call_effect *eff, int call, int b,
                                  int at, bool loops_clear) {
  const ir_arg *a = eff ? handshake_ssl_arg(f, m, call) : NULL;
  return a && a->kind == ARG_OTHER && a->field &&
         !some_way_without_reset(f, m, eff, b, at, (ssl_ref){a->field, -1, loops_clear});
}

/* A handshake call (the model's `handshakes`) on an SSL fresh from SSL_new()
 * in this function (a local given nothing else, but for a NULL first: a
 * handshake call on NULL never succeeds), in block b, event at, where every
 * way back to the local's SSL_new() runs no call that may run TLS I/O on it
 * (an earlier handshake, a write: the handshake may be over) but for a
 * failure of a handshake call on that SSL round a retry loop
 * (some_way_without_reset): the SSL is in its handshake, so
 * the call runs state_machine(), which begins with ERR_clear_error(), and
 * OpenSSL clears what a non-fatal step pushes: a success leaves the queue
 * empty. (On an established connection the handshake calls return 1 at once
 * and clear nothing.) */
static bool handshake_of_fresh_ssl(const ir_function *f, const api_model *m, const call_effect *eff, int call, int b,
                                   int at, bool loops_clear) {
  const ir_arg *a = handshake_ssl_arg(f, m, call);
  if (!a || a->kind != ARG_VAR || a->var < f->nparams || ir_var_aliasable(f, a->var) ||
      !ir_defined_only_by_calls_or_null(f, a->var, made_by_ssl_new, eff))
    return false;
  /* in a loop, a copy of the SSL (`c.ssl = ssl;`, `alias = ssl;`) may reach
   * a call that runs its handshake on the way round: none is followed */
  if (ir_block_on_cycle(f, b) && (!loops_clear || f->vars[a->var].escapes || ir_var_copied(f, a->var))) return false;
  return eff && !some_way_without_reset(f, m, eff, b, at, (ssl_ref){NULL, a->var, loops_clear});
}

/* handshake_of_fresh_ssl() or handshake_after_reset() of each call of f, or
 * NULL for none. */
static bool *fresh_handshakes(const ir_function *f, const api_model *m, const call_effect *eff, bool loops_clear) {
  bool *fresh = NULL;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_CALL ||
          (!handshake_of_fresh_ssl(f, m, eff, ev->call, b, i, loops_clear) &&
           !handshake_after_reset(f, m, eff, ev->call, b, i, loops_clear)))
        continue;
      if (!fresh) fresh = xcalloc((size_t)f->ncalls + 1, sizeof *fresh);
      fresh[ev->call] = true;
    }
  return fresh;
}

/* Whether arguments a and b name the same object: one local variable or
 * parameter, or one field of one parameter, that f never assigns. */
static bool same_object(const ir_function *f, const ir_arg *a, const ir_arg *b) {
  if (a->kind == ARG_VAR && b->kind == ARG_VAR)
    return a->var == b->var && !ir_assigns(f, a->var) && !ir_var_aliasable(f, a->var);
  return a->field && b->field && !strcmp(a->field, b->field) && a->param_field >= 0 &&
         a->param_field == b->param_field && !ir_assigns(f, a->param_field);
}

/* Whether TLS I/O call k (a model call of repeats_failure) follows the
 * tracked I/O call, the same function on the same SSL, with nothing that
 * moved the queue between: where that twin failed and pushed, k fails again
 * with an error of its own, so only the queue from before the twin is stale
 * for k. */
static bool repeats_tracked_failure(const qctx *c, int k, const qstate *s) {
  const call_effect *e = &c->x->effects[k];
  if (!e->is_io || e->resolved_by_summary || !tracks_io(c, s) || c->x->effects[s->io1 - 1].resolved_by_summary)
    return false;
  const ir_call *a = &c->f->calls[k], *b = &c->f->calls[s->io1 - 1];
  if (!a->callee || !b->callee || strcmp(a->callee, b->callee) ||
      !model_name_in(c->model->repeats_failure, c->model->nrepeats_failure, a->callee))
    return false;
  const api_function *api = model_lookup(c->model, a->callee);
  int i = api ? api->ssl_arg : -1;
  return i >= 0 && i < a->nargs && i < b->nargs && same_object(c->f, &a->args[i], &b->args[i]);
}

static void q_call(qctx *c, int call, qstate *s) {
  const call_effect *e = &c->x->effects[call];
  if (c->record && !c->split.on) {
    bool twin = repeats_tracked_failure(c, call, s);
    c->x->in_mask[call] = s->mask;
    c->x->stale_mask[call] = twin ? s->pre_mask : s->mask;
    c->x->in_origin[call] = (twin ? s->pre_origin1 : s->origin1) - 1;
  }
  qstate out = {0};
  if (e->passes) out = *s;
  /* Which constants a tracked result may be does not depend on the queue. */
  out.rv_call1 = s->rv_call1;
  out.rv_var1 = s->rv_var1;
  out.rv_vals = s->rv_vals;
  out.rv_other = s->rv_other;
  out.rv_lost = s->rv_lost;
  out.iofail_var1 = s->iofail_var1; /* nor what a variable of its own holds */
  out.iofail_min = s->iofail_min;
  if (e->sets_mark) out.mark1 = s->mask + 1;
  if (e->pops_to_mark && s->mark1) { /* back to the state at the mark */
    out.mask = s->mark1 - 1;
    out.mark1 = 0;
  }
  if (e->cleans) out.mask |= Q_CLEAN;
  if (e->dirties) {
    out.origin1 = out.mask & Q_DIRTY ? min_origin1(c, out.origin1, call + 1) : call + 1;
    out.mask |= Q_DIRTY;
  }
  if (e->classify_arg >= 0 && tracks_io(c, s) && is_tracked_io_result(c, s, &c->f->calls[call], e->classify_arg)) {
    /* A classify wrapper given the tracked I/O result: where that result is a
     * failure, its paths for SSL_ERROR_NONE are not taken; where a success,
     * the queue it leaves the caller is as before the I/O call. */
    unsigned m = queue_from_caller(e->exit_failed_mask, s->mask) | queue_from_caller(e->exit_mask, s->pre_mask);
    if (!(m & Q_DIRTY)) out.origin1 = 0;
    else if (!(e->exit_failed_mask & Q_DIRTY) && !(e->exit_failed_mask & Q_ENTRY && s->mask & Q_DIRTY))
      out.origin1 = s->pre_origin1; /* the dirt is the caller's from before the I/O call */
    out.mask = m;
  }
  if (e->cleans || e->dirties || e->drains) out.drain_var1 = 0, out.drain_proof = false;
  bool moves_queue = e->cleans || e->dirties || e->drains || e->sets_mark || e->pops_to_mark;
  if (e->returns_classification && (!e->resolved_by_summary || !moves_queue)) {
    out.cls_call1 = call + 1;
    out.cls_var1 = 0;
    out.cls_other = 0;
    out.cls_other_origin1 = 0;
    out.cls_codes = IR_CODES_ALL;
    out.cls_other_codes = 0; /* no other ways yet */
  } else if (moves_queue) {
    out.cls_call1 = out.cls_var1 = 0;
  }
  if (moves_queue) {
    forget_io(&out);
    out.rv_succ = out.rv_mask = 0; /* the queue moved on since the tracked result */
    out.rv_fresh = false;
    out.rv_origin1 = 0;
    if (e->is_io && !e->resolved_by_summary) { /* a model I/O call: success pushes nothing */
      out.io1 = call + 1;
      bool fresh = c->fresh_handshake && c->fresh_handshake[call]; /* its success leaves the queue empty */
      out.pre_mask = fresh ? Q_CLEAN : s->mask;
      out.pre_origin1 = fresh ? 0 : s->origin1;
    } else if (e->is_io || e->own_io || (e->dirties && e->nfail > 0)) {
      /* an I/O wrapper (or a function that returns the result of I/O it
       * classifies), or a call that pushes only when it fails: a success
       * leaves what its successful returns leave */
      unsigned m = e->is_io || e->own_io ? e->io_success_mask : e->fail_succ_mask;
      out.io1 = call + 1;
      out.pre_mask = queue_from_caller(m, s->mask);
      out.pre_origin1 = m & Q_DIRTY ? call + 1 : (m & Q_ENTRY) ? s->origin1 : 0;
      if (!out.pre_mask) forget_io(&out);
    }
  }
  if (e->rets.n > 0) track_result(c, call, s, &out);
  /* The paths with an error keep their constant while the call adds none of
   * its own and passes the queue on (a log line; a drain takes errors away). */
  bool keeps_dirt = e->passes && !e->dirties && !e->cleans && !e->sets_mark && !e->pops_to_mark &&
                    e->classify_arg < 0 && (out.mask & Q_DIRTY);
  if (!keeps_dirt) clear_dirt_value(&out);
  /* A push where the queue was surely empty, on ways that all hold a
   * classification's variable with codes some tests narrowed: every way with
   * an error now has the variable holding one of those codes. */
  if (e->dirties && !e->cleans && s->cls_call1 && s->cls_var1 && s->cls_codes && s->cls_codes != IR_CODES_ALL &&
      !(s->mask & Q_UNCLEAN) && !(s->cls_other & Q_UNCLEAN) && (out.mask & Q_DIRTY) &&
      !ir_var_aliasable(c->f, s->cls_var1 - 1)) {
    out.dirt_var1 = s->cls_var1;
    out.dirt_codes = s->cls_codes;
  }
  /* The stable conditions' edges stay as they were; the paths with an error
   * are all the paths where the call may have pushed. */
  out.path_known = s->path_known;
  out.path_true = s->path_true;
  bool same_dirt = e->passes && !e->dirties && (held_masks(s) & Q_UNCLEAN);
  bool dirty_out = held_masks(&out) & Q_UNCLEAN;
  out.dirt_known = !dirty_out ? 0 : same_dirt ? s->dirt_known : s->path_known;
  out.dirt_true = !dirty_out ? 0 : same_dirt ? s->dirt_true : s->path_true;
  if (!out.mask) out = (qstate){0};
  *s = out;
}

static void forget_result(qstate *s) {
  s->rv_call1 = s->rv_var1 = 0;
  s->rv_cmp_op = CMP_NONE;
  s->rv_cmp_k = 0;
  s->rv_vals = s->rv_succ = s->rv_mask = 0;
  s->rv_fresh = false;
  s->rv_origin1 = 0;
  s->rv_other = 0;
  s->rv_lost = false;
  memset(s->rv_after, 0, sizeof s->rv_after);
}

/* Forget what variable v held: it was assigned, or it is a field that a call may change. */
static void forget_var(qstate *s, int v) {
  if (s->dirt_var1 == v + 1) clear_dirt_value(s);
  if (s->drain_var1 == v + 1) s->drain_var1 = 0, s->drain_proof = false;
  if (s->cls_var1 == v + 1) s->cls_call1 = s->cls_var1 = 0;
  if (s->io_var1 == v + 1) s->io_var1 = 0;
  if (s->iofail_var1 == v + 1) s->iofail_var1 = 0, s->iofail_min = 0;
  if (s->rv_var1 == v + 1) forget_result(s);
}

/* The variables (1 + each, 0: none) whose values the state follows. */
enum { TRACKED_VARS = 6 };
static void tracked_vars(const qstate *s, int vars[TRACKED_VARS]) {
  int v[TRACKED_VARS] = {s->drain_var1, s->io_var1, s->rv_var1, s->cls_var1, s->dirt_var1, s->iofail_var1};
  memcpy(vars, v, sizeof v);
}

/* Whether call k cannot change a variable of static storage: a function of
 * the system's headers (not OpenSSL's) given nothing that reaches the run's
 * code (ir_call.callee_system: no function pointer, no library handle, no
 * struct holding a function pointer) and nothing to write through but local
 * variables (`&len`): `send(fd, buf, n, 0)`, `select()`, `errno =
 * ECONNRESET;`'s `__errno_location()`. */
static bool call_keeps_globals(const ir_function *f, int k) {
  const ir_call *c = &f->calls[k];
  if (!c->callee_system || c->via_pointer) return false;
  for (int i = 0; i < c->nargs; i++)
    if ((c->args[i].writes_through && c->args[i].addr_var < 0) || c->args[i].kind == ARG_FUNCTION) return false;
  return true;
}

/* Before call k (-1: at a store the IR does not follow): forget what the
 * variables a pointer may reach (ir_var_aliasable()) held, but the
 * variables of static storage a call cannot change (call_keeps_globals). */
static void forget_aliasable(const ir_function *f, qstate *s, int k) {
  int vars[TRACKED_VARS];
  tracked_vars(s, vars);
  bool keeps_globals = k >= 0 && call_keeps_globals(f, k);
  for (int i = 0; i < TRACKED_VARS; i++)
    if (vars[i] && ir_var_aliasable(f, vars[i] - 1) && !(keeps_globals && f->vars[vars[i] - 1].is_global))
      forget_var(s, vars[i] - 1);
}

/* v is assigned: forget it, and the paths through it (`c = next;` changes `c->last`). */
static void define_var(const ir_function *f, qstate *s, int v) {
  forget_var(s, v);
  int vars[TRACKED_VARS];
  tracked_vars(s, vars);
  for (int i = 0; i < TRACKED_VARS; i++)
    if (vars[i] && f->vars[vars[i] - 1].path_root == v) forget_var(s, vars[i] - 1);
}

/* At a return: the queue there; and, for a caller that will test the result
 * for an I/O success, the queue where it is one: from before the I/O call when
 * this returns that call's result, nothing when it returns only constants
 * below 1 (no success), the queue as it is otherwise. */
/* A constant SSL_get_error() gives whatever the queue holds. */
static bool says_nothing_of_queue(const qctx *c, long long v) {
  const api_model *m = c->model;
  return v == m->ssl_error_none || v == m->ssl_error_ssl || (v == m->ssl_error_syscall && !c->syscall_empty);
}

static void record_return(qctx *c, const ir_event *ev, const qstate *s) {
  fn_facts *x = c->x;
  if (ev->ret >= 0) x->ret_mask[ev->ret] |= s->mask;
  bool classification = s->cls_call1 && ((ev->call >= 0 && ev->call == s->cls_call1 - 1) ||
                                         (ev->call < 0 && ev->var >= 0 && ev->var == s->cls_var1 - 1));
  const ir_return *rr = ev->ret >= 0 ? &c->f->rets[ev->ret] : NULL;
  bool neutral = rr && rr->nvals > 0;
  for (int i = 0; neutral && i < rr->nvals; i++) neutral = says_nothing_of_queue(c, rr->vals[i]);
  if (classification) x->classification_returns |= 1;
  else if (!neutral) x->classification_returns |= 2;
  /* (returned unchanged: not as `_Bool` or `unsigned char`, where -1 is positive) */
  bool io_result = c->f->returns_int_like && tracks_io(c, s) &&
                   ((ev->call >= 0 && ev->call == s->io1 - 1) ||
                    (ev->call < 0 && ev->var >= 0 && ev->var == s->io_var1 - 1));
  if (io_result) {
    x->io_success_exit |= s->pre_mask;
    int min = x->effects[s->io1 - 1].success_min;
    if (min > x->io_success_min) x->io_success_min = min;
    return;
  }
  const ir_return *r = ev->ret >= 0 ? &c->f->rets[ev->ret] : NULL;
  bool below_one = r && r->nvals > 0;
  for (int i = 0; below_one && i < r->nvals; i++) below_one = r->vals[i] < 1;
  if (below_one) return;
  /* `return n;` where every way with an error gave n a constant below 1
   * (`n = -1;` after a failure, `n = -2;` after a timeout): no error where
   * the caller sees a success */
  bool failing = ev->call < 0 && ev->var >= 0 && s->dirt_var1 == ev->var + 1 && s->ndirt_vals > 0 &&
                 !s->dirt_codes && c->f->returns_int_like;
  for (int i = 0; failing && i < s->ndirt_vals; i++) failing = s->dirt_vals[i] < 1;
  x->io_success_exit |= failing ? s->mask & ~Q_DIRTY : s->mask;
}

/* Whether variable v holds the tracked call's result unchanged: an int-like
 * variable, or a pointer for a call whose only failure result is NULL. */
static bool holds_result(const qctx *c, const qstate *s, int v) {
  const ir_var *var = &c->f->vars[v];
  if (var->int_like) return true;
  const call_effect *e = &c->x->effects[s->io1 - 1];
  if (!var->pointer || e->is_io || e->nfail <= 0) return false;
  for (int i = 0; i < e->nfail; i++)
    if (e->fail[i] != 0) return false;
  return true;
}

/* Whether `k`, a later event of the same block as call `src`, is reached from
 * it through the store of src's result into a field (`conn->ssl =
 * SSL_new(ctx);`) and then only OpenSSL's or the system's calls: no other
 * store, nothing that may change the field. */
static bool stored_right_before(const ir_function *f, int src, int k) {
  int bs, es, bk, ek;
  if (!ir_call_position(f, src, &bs, &es) || !ir_call_position(f, k, &bk, &ek) || bs != bk || es >= ek) return false;
  const ir_block *b = &f->blocks[bs];
  if (es + 1 >= ek || b->ev[es + 1].kind != EV_STORE) return false;
  for (int i = es + 2; i < ek; i++) {
    const ir_event *ev = &b->ev[i];
    if (ev->kind == EV_DEF && f->vars[ev->var].path_root >= 0 && ev->src_call == src) continue; /* the field itself */
    if (ev->kind != EV_CALL) return false;
    const ir_call *c = &f->calls[ev->call];
    if (c->via_pointer || !(c->callee_openssl || c->callee_system)) return false;
  }
  return true;
}

/* Whether call k is one of the model's null_crashes given, as argument 0,
 * the tracked result of a call whose only failure is NULL (an unchecked
 * `ssl = SSL_new(ctx)`, or `c->ssl = SSL_new(ctx)` right before): given NULL
 * it would crash, so the ways that go on from it are those where that call
 * succeeded. */
static bool crashes_on_tracked_null(const qctx *c, int k, const qstate *s) {
  if (!s->io1 || tracks_io(c, s)) return false;
  const ir_call *call = &c->f->calls[k];
  if (!call->callee || call->via_pointer || call->nargs < 1 ||
      !model_name_in(c->model->null_crashes, c->model->nnull_crashes, call->callee))
    return false;
  const ir_arg *a = &call->args[0];
  if (a->kind == ARG_VAR) return s->io_var1 && a->var == s->io_var1 - 1 && c->f->vars[a->var].pointer;
  const call_effect *e = &c->x->effects[s->io1 - 1];
  const ir_call *src = &c->f->calls[s->io1 - 1];
  if (e->nfail <= 0 || !a->field || a->param_field < 0 || !src->result_field || src->result_param != a->param_field ||
      strcmp(a->field, src->result_field))
    return false;
  for (int i = 0; i < e->nfail; i++)
    if (e->fail[i] != 0) return false;
  return stored_right_before(c->f, s->io1 - 1, k);
}

/* One event of a block. */
static void q_event(qctx *c, const ir_event *ev, qstate *s) {
  if (ev->kind == EV_RETURN) {
    if (c->record && !c->split.on) record_return(c, ev, s);
    return;
  }
  if (ev->kind == EV_STORE) {
    forget_aliasable(c->f, s, -1);
    return;
  }
  if (ev->kind == EV_CALL) {
    if (crashes_on_tracked_null(c, ev->call, s)) { /* the way on has the tracked call's result non-NULL */
      s->mask = s->pre_mask;
      s->origin1 = s->pre_origin1;
      clear_dirt_value(s);
      forget_io(s);
      if (!s->mask) {
        *s = (qstate){0};
        return;
      }
    }
    forget_aliasable(c->f, s, ev->call);
    if (s->rv_call1 && !s->rv_var1) forget_result(s); /* the result went nowhere we track */
    if (s->cls_call1 && !s->cls_var1) s->cls_call1 = 0;
    q_call(c, ev->call, s);
    return;
  }
  int src = ev->src_call;
  bool rv_src = s->rv_call1 && src == s->rv_call1 - 1;
  bool cls_src = s->cls_call1 && src == s->cls_call1 - 1;
  /* A value compared with constants is followed only in a variable that
   * holds an int result unchanged (not `unsigned`, not `char`). */
  bool holds_int = c->f->vars[ev->var].int_like;
  define_var(c->f, s, ev->var);
  uint32_t keys = c->f->vars[ev->var].cond_keys; /* stable conditions that read it: tested anew from here */
  s->path_known &= ~keys;
  s->path_true &= ~keys;
  s->dirt_known &= ~keys;
  s->dirt_true &= ~keys;
  if (src >= 0 && tells_if_empty(&c->x->effects[src]) && c->f->vars[ev->var].wide) {
    s->drain_var1 = ev->var + 1;
    s->drain_proof = false;
  }
  if (s->io1 && src == s->io1 - 1 && holds_result(c, s, ev->var)) s->io_var1 = ev->var + 1;
  if (holds_int && cls_src) {
    s->cls_call1 = src + 1;
    s->cls_var1 = ev->var + 1;
    s->cls_codes = IR_CODES_ALL;
  }
  if (holds_int && rv_src && s->rv_call1 && !s->rv_var1) s->rv_var1 = ev->var + 1;
  if (ev->cmp_call1 && s->rv_call1 == ev->cmp_call1 && !s->rv_var1 && ev->cmp_op != CMP_NONE) {
    s->rv_var1 = ev->var + 1; /* `e = (f(...) != OK);`: the truth of a comparison of the result */
    s->rv_cmp_op = ev->cmp_op;
    s->rv_cmp_k = ev->cmp_k;
  }
  /* `status = E_FAILED;` where the queue may hold an error: every path with
   * an error now has status holding that constant. Only a constant an int
   * holds as written (`int status = 0x80004005;` holds a negative value). */
  const ir_var *var = &c->f->vars[ev->var];
  bool global_zero = var->is_global && ev->value == 0; /* `tls_conn = NULL;`, `use_tls = false;` */
  if ((s->mask & Q_DIRTY) && ev->has_value && (holds_int || global_zero) &&
      (!ir_var_aliasable(c->f, ev->var) || var->is_global) && ev->value >= INT_MIN && ev->value <= INT_MAX) {
    clear_dirt_value(s);
    s->dirt_var1 = ev->var + 1;
    s->dirt_vals[0] = ev->value;
    s->ndirt_vals = 1;
  }
}

static void q_transfer(void *ctx, int block, void *state) {
  qctx *c = ctx;
  qstate *s = state;
  const ir_block *b = &c->f->blocks[block];
  for (int i = 0; i < b->nev && s->mask; i++) q_event(c, &b->ev[i], s);
}

/* Whether entry i of t may be what the tracked result is, along edge e of b:
 * b tests the result (or its variable), or the variable holding the truth of
 * a comparison of it (rv_cmp_op: true where `x op k` may hold for the entry's
 * value, or some value from it up for a range entry; false where its
 * negation may). */
static bool result_entry_admitted(const qstate *s, const ret_table *t, int i, const ir_block *b, int e, int call,
                                  int var) {
  if (s->rv_cmp_op == CMP_NONE) return ret_entry_admitted(t, i, b, e, call, var);
  ir_cmp_op op = s->rv_cmp_op, neg = ir_cmp_negated(op);
  long long v = t->val[i], k = s->rv_cmp_k;
  bool can_true = t->range[i] ? ir_cmp_holds_from(op, v, k) : ir_cmp_holds(op, v, k);
  bool can_false = t->range[i] ? ir_cmp_holds_from(neg, v, k) : !can_true;
  return (can_true && ir_value_edge_admits(b, e, -1, var, 1)) || (can_false && ir_value_edge_admits(b, e, -1, var, 0));
}

/* Along an edge that tests the tracked result: keep the table entries it
 * admits. None: the edge cannot be taken. Only entries that prove the I/O
 * call succeeded: the queue is as those returns leave it. */
static bool narrow_result(qctx *c, int block, int edge, qstate *s) {
  const ir_block *b = &c->f->blocks[block];
  int call = s->rv_call1 - 1, var = s->rv_var1 - 1;
  if (s->rv_cmp_op != CMP_NONE) call = -1; /* only the variable holds what is known */
  if (!ir_block_tests(b, call, var)) return true;
  const ret_table *t = &c->x->effects[s->rv_call1 - 1].rets;
  unsigned vals = 0;
  for (int i = 0; i < t->n; i++)
    if ((s->rv_vals >> i & 1) && result_entry_admitted(s, t, i, b, edge, call, var)) vals |= 1u << i;
  if (!vals && !s->rv_other) return false;
  s->rv_vals = vals;
  if (s->rv_fresh) { /* the queue as the callee left it with these results */
    unsigned m = s->rv_other;
    for (int i = 0; i < t->n; i++)
      if (vals >> i & 1) m |= s->rv_after[i];
    if (m && !(m & ~s->mask)) {
      s->mask = m;
      if (!(m & Q_DIRTY)) s->origin1 = 0;
    }
  }
  if (vals && !s->rv_other && !(vals & ~s->rv_succ)) {
    s->mask = s->rv_mask;
    s->origin1 = s->rv_origin1;
    clear_dirt_value(s);
    forget_io(s);
  }
  return true;
}

/* Whether edge e of block b may be taken when the value tested there (the
 * result of `call`, or variable `var`) is v. `tested`: b tests that value. */
static bool edge_admits(const ir_block *b, int e, int call, int var, long long v, bool *tested) {
  *tested = ir_block_tests(b, call, var);
  return ir_value_edge_admits(b, e, call, var, v);
}

/* Along edge e of block b, which compares the variable holding the tracked
 * result with another variable (`n == len`), the least value the result may
 * have; LLONG_MIN: nothing known. */
static long long compared_lower_bound(const qctx *c, const ir_block *b, int e, int var) {
  if (var < 0 || b->rng_var2 < 0 || (b->rng_var != var && b->rng_var2 != var)) return LLONG_MIN;
  return var_bounds_after_edge(c->bounds, c->f, (int)(b - c->f->blocks), e, var);
}

/* What edge e of block b, comparing the result of `call` in variable var with
 * the call's argument len_arg (a variable the function never changes), says
 * of a write that never returns more than that length: 1, the result is the
 * whole length (`n == len`, `n >= len`); -1, less than it (`n != len`, `n <
 * len`); 0, nothing. */
static int compares_with_length_arg(const qctx *c, const ir_block *b, int e, int call, int var, int len_arg) {
  if (len_arg < 0 || var < 0 || b->rng_var < 0 || b->rng_var2 < 0 || len_arg >= c->f->calls[call].nargs) return 0;
  const ir_arg *a = &c->f->calls[call].args[len_arg];
  int len = a->kind == ARG_VAR || a->kind == ARG_OTHER ? a->var : -1;
  if (len < 0 || len == var || ir_assigns(c->f, len) || ir_var_aliasable(c->f, len)) return 0;
  ir_cmp_op op;
  if (b->rng_var == var && b->rng_var2 == len)
    op = ir_cmp_on_edge(b, e, b->rng_op);
  else if (b->rng_var == len && b->rng_var2 == var) /* `len OP n`: as `n OP' len` */
    op = ir_cmp_swapped(ir_cmp_on_edge(b, e, b->rng_op));
  else
    return 0;
  switch (op) {
  case CMP_EQ: case CMP_GE: case CMP_GT: return 1;
  case CMP_NE: case CMP_LT: return -1;
  default: return 0;
  }
}

/* The failure values of the tracked I/O call's result, as bits of io_ruled
 * (min_result up to success_min - 1); 0 when there are none or too many. */
static unsigned io_failure_bits(const call_effect *eff) {
  if (!(eff->is_io || eff->own_io) || eff->min_result == LLONG_MIN || eff->success_min <= eff->min_result ||
      eff->success_min - eff->min_result > 16)
    return 0;
  return (1u << (eff->success_min - eff->min_result)) - 1;
}

/* Along edge e, which failure values of the tracked I/O call's result the
 * test rules out, added to io_ruled. */
static void rule_out_failures(const qctx *c, const ir_block *b, int e, qstate *s) {
  const call_effect *eff = &c->x->effects[s->io1 - 1];
  int call = s->io1 - 1, var = s->io_var1 - 1;
  unsigned all = io_failure_bits(eff);
  if (!all || !ir_block_tests(b, call, var)) return;
  for (int i = 0; (1u << i) & all; i++)
    if (!ir_value_edge_admits(b, e, call, var, eff->min_result + i)) s->io_ruled |= 1u << i;
}

/* Every failure value of the tracked I/O call's result ruled out on the way. */
static bool failures_ruled_out(const qctx *c, const qstate *s) {
  unsigned all = io_failure_bits(&c->x->effects[s->io1 - 1]);
  return all && (s->io_ruled & all) == all;
}

/* Along edge e of block b, the result of `call` in variable var is known to
 * equal the call's argument len_arg, a variable the function never changes
 * (`n = SSL_write(s, buf, len); if (n != len) ...`). */
static bool equals_length_arg(const qctx *c, const ir_block *b, int e, int call, int var, int len_arg) {
  return compares_with_length_arg(c, b, e, call, var, len_arg) > 0;
}

/* Along edge e, the tracked call's result is known to be a success: at least
 * its success_min (I/O), or none of its failure values. */
static bool proves_success(const qctx *c, const ir_block *b, int e, const qstate *s) {
  const call_effect *eff = &c->x->effects[s->io1 - 1];
  int call = s->io1 - 1, var = s->io_var1 - 1;
  bool io = eff->is_io || eff->own_io; /* a count: successes from success_min up */
  if (io && equals_length_arg(c, b, e, call, var, eff->success_len_arg)) return true;
  long long compared = compared_lower_bound(c, b, e, var);
  if (compared != LLONG_MIN) {
    if (io) return compared >= eff->success_min;
    if (eff->nfail <= 0) return false;
    for (int i = 0; i < eff->nfail; i++)
      if (eff->fail[i] >= compared) return false;
    return true;
  }
  if (io && (b->cond_call == call || (var >= 0 && b->cond_var == var)) &&
      b->succ[e].kind == IR_EDGE_CASE && b->succ[e].has_value) /* `switch (SSL_shutdown(s)) { case 0: ...` */
    return b->succ[e].value >= eff->success_min;
  if (io && eff->nfail > 0 && !(eff->fail_succ_mask & ~eff->io_success_mask)) {
    /* a wrapper that pushes only when it returns these values, and leaves
     * on its other returns no more than on a success: an edge that rules
     * them all out (`if (count < 0) return ...;` after `pushes only when it
     * returns -1, -2`) */
    bool all = true;
    for (int i = 0; i < eff->nfail && all; i++) {
      bool tested;
      all = !edge_admits(b, e, call, var, eff->fail[i], &tested) && tested;
    }
    if (all) return true;
  }
  if (io && eff->min_result != LLONG_MIN && eff->success_min - eff->min_result <= 16 && ir_block_tests(b, call, var)) {
    /* every failure ruled out: `default:` after `case 0: case -1:`, where -1 is the least result */
    bool failure = false;
    for (long long v = eff->min_result; v < eff->success_min && !failure; v++)
      failure = ir_value_edge_admits(b, e, call, var, v);
    if (!failure) return true;
  }
  if (io) {
    long long lb = eff->min_result;
    if (b->cmp_op != CMP_NONE && (b->cmp_call == call || (var >= 0 && b->cmp_var == var)))
      return (ir_edge_lower_bound(b, e, &lb) || ir_edge_raise_lower_bound(b, e, &lb)) && lb >= eff->success_min;
    /* `while (SSL_read_ex(...))`: non-zero, where 0 is the least result */
    return eff->min_result == 0 && eff->success_min <= 1 &&
           (b->cond_call == call || (var >= 0 && b->cond_var == var)) && b->nsucc == 2 &&
           !ir_cond_edge_admits(b, e, 0);
  }
  if (eff->nfail <= 0) return false;
  for (int i = 0; i < eff->nfail; i++) {
    bool tested;
    if (edge_admits(b, e, call, var, eff->fail[i], &tested) || !tested) return false;
  }
  return true;
}

/* Along edge e, the tracked TLS I/O call's result, in a variable of its own,
 * is known to be a failure: below its success_min (`n <= 0` true). */
static bool proves_failure(const qctx *c, const ir_block *b, int e, const qstate *s) {
  if (!tracks_io(c, s) || !s->io_var1 || ir_var_aliasable(c->f, s->io_var1 - 1)) return false;
  const call_effect *eff = &c->x->effects[s->io1 - 1];
  int call = s->io1 - 1, var = s->io_var1 - 1;
  if (c->whole_writes && compares_with_length_arg(c, b, e, call, var, eff->success_len_arg) < 0)
    return true; /* `n != len`: a write succeeds whole, or fails */
  return ir_block_tests(b, call, var) && !ir_range_edge_admits(b, e, call, var, eff->success_min);
}

/* Along edge e, a test like BIO_should_retry() says the tracked I/O call
 * stopped because a BIO would block: it pushed nothing. */
static bool proves_blocked(const qctx *c, const ir_block *b, int e, const qstate *s) {
  if (!c->x->effects[s->io1 - 1].is_io || b->cond_call < 0 || !c->x->effects[b->cond_call].proves_blocked)
    return false;
  return b->succ[e].kind == (b->cond_true_nonzero ? IR_EDGE_TRUE : IR_EDGE_FALSE);
}

typedef enum { CLS_NOTHING, CLS_EMPTY_QUEUE, CLS_IO_SUCCEEDED, CLS_EMPTY_OR_SUCCEEDED } cls_fact;

/* What edge e says of the queue through SSL_get_error()'s tracked result: it
 * can only be a code SSL_get_error() gives when the queue is empty
 * (SSL_ERROR_WANT_*, SSL_ERROR_ZERO_RETURN, ...: all but SSL_ERROR_NONE,
 * SSL_ERROR_SSL and SSL_ERROR_SYSCALL), or only SSL_ERROR_NONE, which it gives
 * for a successful I/O result (> 0) only. */
static cls_fact classification_fact(const qctx *c, const ir_block *b, int e, const qstate *s) {
  const api_model *m = c->model;
  int call = s->cls_call1 - 1, var = s->cls_var1 - 1;
  enum { MAX_SSL_ERROR = 15 }; /* SSL_get_error() gives small codes (12 in OpenSSL 3) */
  bool none = false, tested;
  int admitted = 0;
  for (long long v = 0; v <= MAX_SSL_ERROR; v++) {
    if (!edge_admits(b, e, call, var, v, &tested)) continue;
    if (!tested || v == m->ssl_error_ssl || (v == m->ssl_error_syscall && !c->syscall_empty)) return CLS_NOTHING;
    none |= v == m->ssl_error_none;
    admitted++;
  }
  /* and, for a project's classification, no other value: a `default:` or
   * `!=` admits those too, and its own codes may say nothing of the queue
   * (SSL_get_error() itself gives no other) */
  bool own = !c->f->calls[s->cls_call1 - 1].callee_openssl; /* a summary's, or a role configured for the project's */
  if (!admitted || (own && (edge_admits(b, e, call, var, MAX_SSL_ERROR + 1, &tested) ||
                            edge_admits(b, e, call, var, -1, &tested))))
    return CLS_NOTHING;
  if (!none) return CLS_EMPTY_QUEUE;
  return admitted == 1 ? CLS_IO_SUCCEEDED : CLS_EMPTY_OR_SUCCEEDED;
}

/* The classification tracked classifies the tracked I/O call's result. */
static bool classifies_tracked_io(const qctx *c, const qstate *s) {
  const call_effect *e = &c->x->effects[s->cls_call1 - 1];
  return tracks_io(c, s) && !e->resolved_by_summary &&
         is_tracked_io_result(c, s, &c->f->calls[s->cls_call1 - 1], e->ret_arg);
}

/* Along edge e of b, a test of the variable that every path with an error
 * gives a constant: where the edge rules that constant out, those paths do
 * not come (`if (status == OK) goto retry;` after `status = E_FAILED;` on the
 * failed classification's way). False when no path is left. */
static bool edge_keeps_dirt(const ir_block *b, int e, qstate *s) {
  if (!s->dirt_var1 || !(s->mask & Q_DIRTY)) return true;
  int v = s->dirt_var1 - 1;
  if (!ir_block_tests(b, -1, v)) return true;
  if (s->dirt_codes) {
    unsigned left = ir_codes_edge_admits(b, e, -1, v, s->dirt_codes);
    if (left) {
      s->dirt_codes = left;
      return true;
    }
  } else {
    int left = 0; /* the constants the edge admits */
    for (int i = 0; i < s->ndirt_vals; i++)
      if (ir_value_edge_admits(b, e, -1, v, s->dirt_vals[i])) s->dirt_vals[left++] = s->dirt_vals[i];
    if (left) {
      s->ndirt_vals = left;
      return true;
    }
  }
  s->mask &= ~Q_DIRTY;
  s->origin1 = 0;
  clear_dirt_value(s);
  return s->mask != 0;
}

/* Along an edge where the classification says the queue was empty, joined
 * with `also` (where an error in it comes from: also_origin1) and with the
 * ways that do not hold the classification: the I/O call and the results
 * tracked are done with. */
static void classified_empty(const qctx *c, qstate *s, unsigned also, int also_origin1) {
  s->mask = Q_CLEAN | also | s->cls_other;
  s->origin1 = min_origin1(c, also_origin1, s->cls_other & Q_DIRTY ? s->cls_other_origin1 : 0);
  clear_dirt_value(s);
  forget_io(s);
  s->rv_succ = s->rv_mask = 0;
  s->rv_origin1 = 0;
  s->rv_fresh = false;
}

/* The queues the state holds: its own, and those it keeps for later (before
 * an I/O call, of the ways without the classification, per returned constant),
 * which a later edge may take up again. */
static unsigned held_masks(const qstate *s) {
  unsigned m = s->mask | s->pre_mask | s->cls_other | s->rv_mask | s->rv_other;
  for (int i = 0; i < RET_TABLE_MAX; i++) m |= s->rv_after[i];
  return m;
}

/* The queue may hold an error on no path here, neither one of this function
 * nor the caller's: from each of the queues the state keeps for later (before an I/O call, of the ways without the
 * classification, per returned constant) too. */
static void drop_dirty_paths(qstate *s) {
  s->mask &= ~Q_UNCLEAN;
  s->pre_mask &= ~Q_UNCLEAN;
  s->cls_other &= ~Q_UNCLEAN;
  s->rv_mask &= ~Q_UNCLEAN;
  s->rv_other &= ~Q_UNCLEAN;
  for (int i = 0; i < RET_TABLE_MAX; i++) s->rv_after[i] &= ~Q_UNCLEAN;
  s->origin1 = s->pre_origin1 = s->cls_other_origin1 = s->rv_origin1 = 0;
  clear_dirt_value(s);
  s->dirt_known = s->dirt_true = 0;
}

/* Edge `edge` of a block whose condition is a stable one (ir_block.cond_key1):
 * false where every path here took the other edge at an earlier test of it;
 * the paths with an error are left behind where they all did. */
static bool take_stable_edge(const ir_block *b, int edge, qstate *s) {
  int key = b->cond_key1 < 0 ? -b->cond_key1 : b->cond_key1;
  if (!key || key > IR_MAX_COND_KEYS) return true;
  ir_edge_kind k = b->succ[edge].kind;
  if (k != IR_EDGE_TRUE && k != IR_EDGE_FALSE) return true;
  bool holds = (k == IR_EDGE_TRUE) != (b->cond_key1 < 0); /* the condition without its `!` */
  uint32_t bit = 1u << (key - 1), val = holds ? bit : 0;
  if ((s->path_known & bit) && (s->path_true & bit) != val) return false;
  if ((s->dirt_known & bit) && (s->dirt_true & bit) != val) {
    drop_dirty_paths(s);
    if (!s->mask) return false;
  }
  s->path_known |= bit;
  s->path_true = (s->path_true & ~bit) | val;
  if (held_masks(s) & Q_UNCLEAN) {
    s->dirt_known |= bit;
    s->dirt_true = (s->dirt_true & ~bit) | val;
  }
  return true;
}

/* The states both a and b allow: where one says the queue is empty and the
 * other says it is the caller's, empty (the caller's may be). */
static unsigned queue_meet(unsigned a, unsigned b) {
  unsigned r = a & b;
  if (((a & Q_CLEAN) && (b & Q_ENTRY)) || ((b & Q_CLEAN) && (a & Q_ENTRY))) r |= Q_CLEAN;
  return r;
}

static void q_edge(void *ctx, int block, int edge, void *state) {
  qctx *c = ctx;
  qstate *s = state;
  const ir_block *b = &c->f->blocks[block];
  if (!edge_keeps_dirt(b, edge, s) || !take_stable_edge(b, edge, s)) {
    *s = (qstate){0};
    return;
  }
  unsigned before_narrowing = s->mask;
  if (s->rv_call1 && !narrow_result(c, block, edge, s)) {
    *s = (qstate){0};
    return;
  }
  unsigned narrowed = s->mask != before_narrowing ? s->mask : 0; /* what the callee's returns said */
  if (s->cls_call1 && ir_block_tests(b, s->cls_call1 - 1, s->cls_var1 - 1)) {
    int call = s->cls_call1 - 1, var = s->cls_var1 - 1;
    s->cls_codes = ir_codes_edge_admits(b, edge, call, var, s->cls_codes);
    s->cls_other_codes = ir_codes_edge_admits(b, edge, call, var, s->cls_other_codes);
    if (!s->cls_other_codes && (s->cls_other & Q_UNCLEAN)) { /* no way with an error comes here */
      s->cls_other &= ~Q_UNCLEAN;
      s->cls_other_origin1 = 0;
    }
  }
  cls_fact cf = s->cls_call1 ? classification_fact(c, b, edge, s) : CLS_NOTHING;
  if (cf == CLS_IO_SUCCEEDED && c->failed_param >= 0) {
    const ir_call *k = &c->f->calls[s->cls_call1 - 1];
    int a = c->x->effects[s->cls_call1 - 1].ret_arg;
    if (a >= 0 && a < k->nargs && k->args[a].kind == ARG_VAR && k->args[a].var == c->failed_param) {
      *s = (qstate){0};
      return;
    }
  }
  if (cf == CLS_IO_SUCCEEDED && classifies_tracked_io(c, s)) { /* SSL_ERROR_NONE: the I/O call succeeded */
    s->mask = s->pre_mask | s->cls_other;
    s->origin1 = min_origin1(c, s->pre_origin1, s->cls_other & Q_DIRTY ? s->cls_other_origin1 : 0);
    clear_dirt_value(s);
    forget_io(s);
    if (!s->mask) *s = (qstate){0};
    return;
  }
  if (cf == CLS_EMPTY_OR_SUCCEEDED && classifies_tracked_io(c, s)) {
    /* SSL_ERROR_NONE (the I/O call succeeded: the queue before it) or a code
     * given only with an empty queue (`if (e == SSL_ERROR_SSL || e ==
     * SSL_ERROR_SYSCALL) return -1;` and round again on the rest) */
    int pre = s->pre_mask & Q_DIRTY ? s->pre_origin1 : 0;
    classified_empty(c, s, s->pre_mask, pre);
    return;
  }
  if (cf == CLS_EMPTY_QUEUE) { /* and the ways without the classification as they were */
    classified_empty(c, s, 0, 0);
    return;
  }
  if (s->io1) rule_out_failures(c, b, edge, s);
  bool succeeded = s->io1 && (proves_success(c, b, edge, s) || failures_ruled_out(c, s));
  if (succeeded || (s->io1 && proves_blocked(c, b, edge, s))) {
    /* the I/O call succeeded, or would block: it left nothing; and where the
     * values the callee returns on this edge narrowed the queue already (a
     * status it gives only for a want, which a call that pushes only on
     * failure also gives for no failure), both hold */
    unsigned m = narrowed ? queue_meet(narrowed, s->pre_mask) : 0;
    s->mask = m ? m : s->pre_mask;
    s->origin1 = s->mask & Q_DIRTY ? s->pre_origin1 : m ? 0 : s->pre_origin1;
    clear_dirt_value(s);
    /* A TLS I/O call's success in a variable stays tracked, as its own queue
     * before it, for a join with the ways where that variable holds a failure
     * (failed_in_tracked: `return n;` after `if (n <= 0) {...}`). */
    bool keep = succeeded && tracks_io(c, s) && s->io_var1;
    int io1 = s->io1, io_var1 = s->io_var1;
    forget_io(s);
    if (keep) {
      s->io1 = io1;
      s->io_var1 = io_var1;
      s->pre_mask = s->mask;
      s->pre_origin1 = s->origin1;
    }
    if (!s->mask) *s = (qstate){0};
    return;
  }
  if (proves_failure(c, b, edge, s)) {
    s->iofail_var1 = s->io_var1;
    s->iofail_min = c->x->effects[s->io1 - 1].success_min;
  }
  /* Along the edge where ERR_get_error() or ERR_peek_error() (or the variable
   * holding its result) was zero, the queue is empty: `while (ERR_get_error() != 0) ;`. */
  ir_edge_kind zero_edge = b->cond_true_nonzero ? IR_EDGE_FALSE : IR_EDGE_TRUE;
  ir_edge_kind nonzero_edge = zero_edge == IR_EDGE_TRUE ? IR_EDGE_FALSE : IR_EDGE_TRUE;
  if (b->succ[edge].kind == nonzero_edge && b->cond_var >= 0 && !s->drain_var1 && s->mask != Q_CLEAN &&
      !ir_var_aliasable(c->f, b->cond_var)) {
    /* Every way through here has the variable non-zero, so "zero means an
     * empty queue" holds of it: `if (err == 0) err = ERR_get_error(); if
     * (err == 0) return;` returns only where the queue is empty. */
    s->drain_var1 = b->cond_var + 1;
    s->drain_proof = true;
    return;
  }
  if (b->succ[edge].kind != zero_edge) return;
  bool drained = (b->cond_call >= 0 && tells_if_empty(&c->x->effects[b->cond_call])) ||
                 (b->cond_var >= 0 && s->drain_var1 == b->cond_var + 1 && !s->drain_proof);
  if (drained) *s = (qstate){.mask = Q_CLEAN};
}

/* Two model I/O calls whose results say success alike (SSL_connect and
 * SSL_accept): one variable holding either is proved a success the same way. */
static bool same_io_kind(const qctx *c, int a, int b) {
  const call_effect *x = &c->x->effects[a], *y = &c->x->effects[b];
  return x->is_io && y->is_io && !x->resolved_by_summary && !y->resolved_by_summary &&
         x->success_min == y->success_min && x->min_result == y->min_result;
}

/* Whether side `failed` holds a failed result in the variable where side
 * `io` tracks its I/O call's (whatever `failed` tracks itself: the
 * SSL_shutdown() its failure ran): a proof of that call's success leaves
 * `failed`'s paths behind, so the queue before that call is `io`'s alone. */
static bool failed_in_tracked(const qctx *c, const qstate *failed, const qstate *io) {
  return failed->iofail_var1 && failed->iofail_var1 == io->io_var1 && tracks_io(c, io) && !io->io_lost &&
         failed->iofail_min <= c->x->effects[io->io1 - 1].success_min;
}

/* The failure values ruled out where two ways that track the same I/O call
 * meet: those ruled out on both; but a way whose queue is surely empty (the
 * WANT_* way back round a loop, `rlen == -1` there) has nothing a proof of
 * success could leave behind, so the other way's count alone, with this
 * way's empty queue among those a proof gives (pre_mask). */
static unsigned join_ruled(qstate *d, const qstate *d_old, const qstate *s) {
  if (!(d_old->mask & Q_UNCLEAN) && (s->mask & Q_UNCLEAN)) {
    d->pre_mask |= d_old->mask;
    return s->io_ruled;
  }
  if (!(s->mask & Q_UNCLEAN) && (d_old->mask & Q_UNCLEAN)) {
    d->pre_mask |= s->mask;
    return d_old->io_ruled;
  }
  return d_old->io_ruled & s->io_ruled;
}

/* Whether way `a` can be joined to way `b`'s tracking of an I/O result as a
 * way that tracks none, its queue among those a proof of success gives
 * (pre_mask): it holds no error of the function's own (its queue is empty or
 * the caller's), whatever its variable holds (`rlen = read(...)` on the
 * plain-socket branch of the loop that calls SSL_read(), after a want), while
 * `b` may hold one that a proof of success would leave behind. Two ways of
 * which neither holds one are not joined so: no tracking is taken up again
 * once lost (the joins stay monotone). A way that may hold an error of its
 * own keeps its own facts (a constant its variable was given: `n = -2;` after
 * a timeout). */
static bool stands_aside(const qstate *a, const qstate *b) {
  return b->io1 && b->io_var1 && (b->mask & Q_DIRTY) && !(a->mask & Q_DIRTY);
}

/* The tracked I/O call at a join. A side that tracks none (it never ran the
 * call, or it already proved it succeeded) keeps the other side's: where the
 * result is later proved a success, the queue is as either side left it. */
static void join_io(const qctx *c, qstate *d, const qstate *d_old, const qstate *s) {
  if (failed_in_tracked(c, d_old, s)) { /* s's tracking goes on, d_old's paths left for its failure */
    d->io1 = s->io1;
    d->io_var1 = s->io_var1;
    d->io_ruled = s->io_ruled;
    d->pre_mask = s->pre_mask;
    d->pre_origin1 = s->pre_origin1;
    d->io_lost = 0;
    return;
  }
  if (failed_in_tracked(c, s, d_old)) return;
  if (d_old->io_lost || s->io_lost) {
    forget_io(d);
    d->io_lost = 1;
  } else if (d_old->io1 == s->io1 && d_old->io_var1 == s->io_var1) {
    d->pre_mask |= s->pre_mask;
    d->io_ruled = join_ruled(d, d_old, s);
    d->pre_origin1 = min_origin1(c, d->pre_origin1, s->pre_origin1);
  } else if (d_old->io1 && s->io1 && d_old->io_var1 && d_old->io_var1 == s->io_var1 &&
             same_io_kind(c, d_old->io1 - 1, s->io1 - 1)) {
    /* `rc = client ? SSL_connect(s) : SSL_accept(s);`: the variable holds
     * either call's result, a success of which proves it pushed nothing */
    d->io1 = d_old->io1 < s->io1 ? d_old->io1 : s->io1;
    d->pre_mask |= s->pre_mask;
    d->io_ruled = join_ruled(d, d_old, s);
    d->pre_origin1 = min_origin1(c, d->pre_origin1, s->pre_origin1);
  } else if (!d_old->io1 || stands_aside(d_old, s)) {
    d->io1 = s->io1;
    d->io_var1 = s->io_var1;
    d->io_ruled = s->io_ruled;
    d->pre_mask = d_old->mask | s->pre_mask;
    d->pre_origin1 = min_origin1(c, d_old->origin1, s->pre_origin1);
  } else if (!s->io1 || stands_aside(s, d_old)) {
    d->pre_mask |= s->mask;
    d->pre_origin1 = min_origin1(c, d->pre_origin1, s->origin1);
  } else {
    forget_io(d);
    d->io_lost = 1;
  }
}

/* The explicit dirt fact of s as codes (a constant that is one, or the
 * codes), 0 when it is none of these. */
static unsigned dirt_as_codes(const qstate *s) {
  if (s->dirt_codes) return s->dirt_codes;
  unsigned codes = 0;
  for (int i = 0; i < s->ndirt_vals; i++) {
    if (s->dirt_vals[i] < 0 || s->dirt_vals[i] > IR_CODE_MAX) return 0;
    codes |= 1u << s->dirt_vals[i];
  }
  return codes;
}

/* Into d's constants, those of s; false when they are too many. */
static bool join_dirt_vals(qstate *d, const qstate *s) {
  for (int i = 0; i < s->ndirt_vals; i++) {
    bool have = false;
    for (int j = 0; j < d->ndirt_vals && !have; j++) have = d->dirt_vals[j] == s->dirt_vals[i];
    if (have) continue;
    if (d->ndirt_vals == (int)(sizeof d->dirt_vals / sizeof *d->dirt_vals)) return false;
    d->dirt_vals[d->ndirt_vals++] = s->dirt_vals[i];
  }
  return true;
}

/* The codes the classification's variable (1 + cls_var1) holds on the ways
 * of s on which the queue may hold an error, where s does not track the
 * classification and becomes cls_other of a join: those its dirt fact names
 * for that variable; none where s has no such way; IR_CODES_ALL if not known. */
static unsigned other_ways_codes(const qstate *s, int cls_var1) {
  if (!(s->mask & Q_UNCLEAN)) return 0;
  if (s->mask & Q_ENTRY || !cls_var1 || s->dirt_var1 != cls_var1) return IR_CODES_ALL;
  unsigned codes = dirt_as_codes(s);
  return codes ? codes : IR_CODES_ALL;
}

static bool q_join(void *ctx, void *dst, const void *src) {
  const qctx *c = ctx;
  qstate *d = dst;
  const qstate *s = src;
  if (!s->mask) return false; /* no way: nothing to join (a state the analysis left half-cleared) */
  if (!d->mask) {
    *d = *s;
    return true;
  }
  qstate old = *d;
  /* What every path took at the stable conditions: what both sides agree on;
   * of the paths with an error, of the sides that have such paths. */
  d->path_known = old.path_known & s->path_known & ~(old.path_true ^ s->path_true);
  d->path_true = old.path_true & d->path_known;
  if ((held_masks(&old) & Q_UNCLEAN) && (held_masks(s) & Q_UNCLEAN)) {
    d->dirt_known = old.dirt_known & s->dirt_known & ~(old.dirt_true ^ s->dirt_true);
    d->dirt_true = old.dirt_true & d->dirt_known;
  } else if (held_masks(s) & Q_UNCLEAN) {
    d->dirt_known = s->dirt_known;
    d->dirt_true = s->dirt_true;
  }
  /* The paths with an error keep their constant only if both sides agree on it
   * (or only one side has such paths). */
  if (!(old.mask & Q_DIRTY)) {
    clear_dirt_value(d);
    if (s->mask & Q_DIRTY) {
      d->dirt_var1 = s->dirt_var1;
      memcpy(d->dirt_vals, s->dirt_vals, sizeof d->dirt_vals);
      d->ndirt_vals = s->ndirt_vals;
      d->dirt_codes = s->dirt_codes;
    }
  } else if ((s->mask & Q_DIRTY) && (s->dirt_var1 != old.dirt_var1 || !s->dirt_var1)) {
    clear_dirt_value(d);
  } else if ((s->mask & Q_DIRTY) && (s->dirt_codes || old.dirt_codes)) { /* the codes of either (a constant is one) */
    unsigned a = dirt_as_codes(&old), b = dirt_as_codes(s);
    clear_dirt_value(d);
    if (a && b) {
      d->dirt_var1 = s->dirt_var1;
      d->dirt_codes = a | b;
    }
  } else if ((s->mask & Q_DIRTY) && !join_dirt_vals(d, s)) {
    clear_dirt_value(d);
  }
  d->mask |= s->mask;
  d->origin1 = min_origin1(c, d->origin1, s->origin1);
  /* A side whose queue is surely empty keeps "zero means empty" of any
   * variable; a state whose queue is surely empty keeps none (it needs none,
   * and one form of it keeps the joins monotone). */
  if (old.mask == Q_CLEAN) { /* its ways are empty: zero means empty there too */
    d->drain_var1 = s->drain_var1;
    d->drain_proof = false;
  } else if (s->mask == Q_CLEAN) {
    d->drain_proof = false;
  } else if (d->drain_var1 != s->drain_var1) {
    d->drain_var1 = 0;
    d->drain_proof = false;
  } else {
    d->drain_proof = old.drain_proof && s->drain_proof;
  }
  if (d->mask == Q_CLEAN) d->drain_var1 = 0, d->drain_proof = false;
  /* A side that tracks no classification keeps the other side's, with its
   * own queue set aside (cls_other): a test of the classification proves
   * something of the ways that hold it only (`err = SSL_ERROR_NONE; if (n <= 0)
   * err = SSL_get_error(s, n); ... while (err == SSL_ERROR_WANT_WRITE)`). */
  bool d_none = !old.cls_call1 && !old.cls_var1, s_none = !s->cls_call1 && !s->cls_var1;
  if (d_none && !s_none) {
    d->cls_call1 = s->cls_call1;
    d->cls_var1 = s->cls_var1;
    d->cls_other = s->cls_other | old.mask;
    d->cls_other_origin1 = min_origin1(c, s->cls_other & Q_DIRTY ? s->cls_other_origin1 : 0,
                                       old.mask & Q_DIRTY ? old.origin1 : 0);
    d->cls_codes = s->cls_codes;
    d->cls_other_codes = s->cls_other_codes | other_ways_codes(&old, s->cls_var1);
  } else if (s_none && !d_none) {
    d->cls_other |= s->mask;
    d->cls_other_origin1 = min_origin1(c, d->cls_other_origin1, s->mask & Q_DIRTY ? s->origin1 : 0);
    d->cls_other_codes |= other_ways_codes(s, old.cls_var1);
  } else if (d->cls_call1 != s->cls_call1 || d->cls_var1 != s->cls_var1) {
    d->cls_call1 = d->cls_var1 = 0;
    d->cls_other = 0;
    d->cls_other_origin1 = 0;
    d->cls_codes = d->cls_other_codes = 0;
  } else if (!d_none) {
    d->cls_other |= s->cls_other;
    d->cls_other_origin1 = min_origin1(c, d->cls_other_origin1, s->cls_other_origin1);
    d->cls_codes |= s->cls_codes;
    d->cls_other_codes |= s->cls_other_codes;
  }
  if (d->mark1 && s->mark1) d->mark1 = ((d->mark1 - 1) | (s->mark1 - 1)) + 1;
  else d->mark1 = 0;
  join_io(c, d, &old, s);
  if (old.iofail_var1 != s->iofail_var1 || old.iofail_min != s->iofail_min) d->iofail_var1 = d->iofail_min = 0;
  if (d->rv_call1 == s->rv_call1 && d->rv_var1 == s->rv_var1 &&
      (d->rv_cmp_op != s->rv_cmp_op || d->rv_cmp_k != s->rv_cmp_k)) {
    forget_result(d); /* the same variable, different comparisons: none is followed */
    d->rv_lost = true;
  } else if (d->rv_call1 == s->rv_call1 && d->rv_var1 == s->rv_var1) {
    d->rv_vals |= s->rv_vals;
    d->rv_succ &= s->rv_succ; /* a proof only where every side still has it */
    d->rv_mask |= s->rv_mask;
    d->rv_fresh &= s->rv_fresh;
    for (int i = 0; i < RET_TABLE_MAX; i++) d->rv_after[i] |= s->rv_after[i];
    d->rv_origin1 = min_origin1(c, d->rv_origin1, s->rv_origin1);
    d->rv_other |= s->rv_other;
    d->rv_lost |= s->rv_lost;
  } else if (d->rv_lost || s->rv_lost) {
    forget_result(d);
    d->rv_lost = true;
  } else if (d->rv_call1 && d->rv_var1 && d->rv_fresh && !s->rv_call1) {
    d->rv_other |= s->mask; /* the other side's variable holds whatever it holds (no proof with it) */
  } else if (!d->rv_call1 && s->rv_call1 && s->rv_var1 && s->rv_fresh) {
    unsigned mine = old.mask;
    d->rv_call1 = s->rv_call1;
    d->rv_var1 = s->rv_var1;
    d->rv_cmp_op = s->rv_cmp_op;
    d->rv_cmp_k = s->rv_cmp_k;
    d->rv_vals = s->rv_vals;
    d->rv_succ = s->rv_succ; /* no proof while rv_other is set (narrow_result) */
    d->rv_mask = s->rv_mask;
    d->rv_fresh = true;
    memcpy(d->rv_after, s->rv_after, sizeof d->rv_after);
    d->rv_origin1 = s->rv_origin1;
    d->rv_other = s->rv_other | mine;
  } else {
    forget_result(d);
    d->rv_lost = true;
  }
  return memcmp(&old, d, sizeof old) != 0;
}

/* The queue analysis' context for f, with its facts x (no parameter taken as
 * a failed I/O result). */
static qctx qctx_of(const project *p, const ir_function *f, fn_facts *x) {
  return (qctx){.f = f, .model = project_model_of(p, f), .syscall_empty = project_run_facts(p, f)->syscall_means_empty,
                .whole_writes = !project_run_facts(p, f)->partial_writes, .x = x,
                .failed_param = -1, .bounds = var_bounds_compute(f),
                .fresh_handshake =
                    fresh_handshakes(f, project_model_of(p, f), x->effects, !project_run_facts(p, f)->async_mode)};
}

/* What qctx_of() made for the run. */
static void qctx_release(qctx *c) {
  var_bounds_free(c->bounds);
  c->bounds = NULL;
  free(c->fresh_handshake);
  c->fresh_handshake = NULL;
}

/* Runs the queue analysis of c->f; with c->record, every block's calls and
 * returns record their states in c->x. Returns the Q_* states at the exit. */
static unsigned queue_run(qctx *c) {
  const ir_function *f = c->f;
  dataflow_ops ops = {sizeof(qstate), q_init, q_transfer, q_edge, q_join};
  bool record = c->record;
  c->record = false;
  unsigned char *in = dataflow_solve(f, &ops, c);
  c->record = record;
  unsigned exit_mask = 0;
  for (int b = 0; b < f->nblocks; b++) {
    if (!record && b != f->exit) continue;
    qstate s;
    memcpy(&s, in + (size_t)b * sizeof s, sizeof s);
    if (s.mask) q_transfer(c, b, &s);
    if (b == f->exit) exit_mask = s.mask;
  }
  free(in);
  return exit_mask;
}

static void queue_analysis(const project *p, const ir_function *f, fn_facts *x) {
  qctx c = qctx_of(p, f, x);
  c.record = true;
  x->exit_mask = queue_run(&c);
  qctx_release(&c);
}

unsigned facts_exit_mask_if_failed(const project *p, const ir_function *f, fn_facts *x, int param) {
  qctx c = qctx_of(p, f, x);
  c.failed_param = param;
  unsigned mask = queue_run(&c);
  qctx_release(&c);
  return mask;
}

/* The split run's state: the paths where the variable holds the split's value
 * (or has not been assigned yet), and the others, each a state of the queue
 * analysis. */
typedef struct {
  qstate in, out;
} split_state;

static void s_init(void *ctx, void *state) {
  split_state *s = state;
  q_init(ctx, &s->in);
  q_init(ctx, &s->out);
}

/* Whether a definition of the split's variable gives it the split's value:
 * certainly (1), certainly not (0), or perhaps (-1: not a constant, for a
 * split by a constant). */
static int gives_split_value(const qsplit *sp, const ir_event *ev) {
  if (sp->how.kind == SPLIT_CALL || sp->how.kind == SPLIT_CALL_FAILED)
    return ev->src_call >= 0 && ev->src_call == sp->how.call;
  for (int i = 0; i < sp->how.ncalls; i++) /* the calls split on their own */
    if (ev->src_call >= 0 && ev->src_call == sp->how.calls[i]) return 0;
  if (sp->how.kind == SPLIT_OTHER) return ev->has_value ? 0 : 1;
  return ev->has_value ? ev->value == sp->how.value : -1;
}

static void s_transfer(void *ctx, int block, void *state) {
  qctx *c = ctx;
  split_state *s = state;
  const ir_block *b = &c->f->blocks[block];
  for (int i = 0; i < b->nev && (s->in.mask || s->out.mask); i++) {
    const ir_event *ev = &b->ev[i];
    if (s->in.mask) q_event(c, ev, &s->in);
    if (s->out.mask) q_event(c, ev, &s->out);
    if (ev->kind == EV_RETURN && (ev->var == c->split.how.var || c->split.how.every_return) && ev->ret >= 0 &&
        c->record)
      c->split.ret_mask[ev->ret] |= s->in.mask;
    if (ev->kind != EV_DEF || ev->var != c->split.how.var) continue;
    int gives = gives_split_value(&c->split, ev);
    qstate *to = gives ? &s->in : &s->out, *from = gives ? &s->out : &s->in;
    if (gives < 0) { /* perhaps: every path in both */
      if (s->in.mask) q_join(c, &s->out, &s->in);
      if (s->out.mask) q_join(c, &s->in, &s->out);
      continue;
    }
    if (from->mask) q_join(c, to, from);
    *from = (qstate){0};
  }
}

/* Whether a value of var other than the `nfail` values of `fail` may take
 * edge e of block b. The values tried are the ends of what one test admits:
 * around its constant, around each failure value, and the extremes. */
static bool edge_admits_other_value(const ir_block *b, int e, int var, const long long *fail, int nfail) {
  const long long k = b->cmp_k; /* a comparison's constant, and its neighbours */
  long long tries[11 + 2 * API_MAX_FAILURE] = {0, 1, -1, 2, -2, LLONG_MAX, LLONG_MIN + 1, k, k > LLONG_MIN ? k - 1 : k,
                                               k < LLONG_MAX ? k + 1 : k};
  int n = 10;
  if (b->succ[e].kind == IR_EDGE_CASE && b->succ[e].has_value) tries[n++] = b->succ[e].value;
  for (int i = 0; i < nfail && i < API_MAX_FAILURE; i++) {
    if (fail[i] > LLONG_MIN) tries[n++] = fail[i] - 1;
    if (fail[i] < LLONG_MAX) tries[n++] = fail[i] + 1;
  }
  for (int i = 0; i < n; i++) {
    bool failure = false;
    for (int j = 0; j < nfail && !failure; j++) failure = tries[i] == fail[j];
    if (!failure && ir_value_edge_admits(b, e, -1, var, tries[i])) return true;
  }
  return false;
}

static void s_edge(void *ctx, int block, int edge, void *state) {
  qctx *c = ctx;
  split_state *s = state;
  const ir_block *b = &c->f->blocks[block];
  const facts_split *how = &c->split.how;
  if (s->in.mask && (how->kind == SPLIT_VALUE || how->kind == SPLIT_CALL_FAILED) &&
      !ir_value_edge_admits(b, edge, -1, how->var, how->value))
    s->in = (qstate){0}; /* the split's value cannot take this edge */
  if (s->in.mask && how->kind == SPLIT_CALL && how->nfail > 0 &&
      !edge_admits_other_value(b, edge, how->var, how->fail, how->nfail))
    s->in = (qstate){0}; /* only the call's failures take this edge */
  if (s->in.mask) q_edge(ctx, block, edge, &s->in);
  if (s->out.mask) q_edge(ctx, block, edge, &s->out);
}

static bool s_join(void *ctx, void *dst, const void *src) {
  split_state *d = dst;
  const split_state *s = src;
  bool changed = false;
  if (s->in.mask) changed |= q_join(ctx, &d->in, &s->in);
  if (s->out.mask) changed |= q_join(ctx, &d->out, &s->out);
  return changed;
}

void facts_return_masks_split(const project *p, const ir_function *f, const fn_facts *x, const facts_split *how,
                              unsigned *ret_mask) {
  fn_facts view = *x; /* read only: a split run records nothing in x */
  call_effect *effects = NULL;
  if (how->kind == SPLIT_CALL) { /* the call split on: as if it left the queue alone */
    effects = xmalloc(((size_t)f->ncalls + 1) * sizeof *effects);
    memcpy(effects, x->effects, (size_t)f->ncalls * sizeof *effects);
    effects[how->call] = effect_neutral();
    view.effects = effects;
  }
  qctx c = qctx_of(p, f, &view);
  c.split = (qsplit){.on = true, .how = *how, .ret_mask = ret_mask};
  memset(ret_mask, 0, ((size_t)f->nrets + 1) * sizeof *ret_mask);
  dataflow_ops ops = {sizeof(split_state), s_init, s_transfer, s_edge, s_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  c.record = true;
  for (int b = 0; b < f->nblocks; b++) {
    split_state s;
    memcpy(&s, in + (size_t)b * sizeof s, sizeof s);
    if (s.in.mask || s.out.mask) s_transfer(&c, b, &s);
  }
  free(in);
  free(effects);
  qctx_release(&c);
}

/* ---- a witness of the queue analysis (a finding's path) ---- */

/* What a path took at its last tests of a few variables, while nothing may
 * have changed them since: `var == k` (eq) or `var != k`. A later test that
 * only the other outcome could pass is not taken on that path (`NULL !=
 * f->ssl` false, then `NULL == f->ssl` false). */
enum { WITNESS_FACTS = 4 };
typedef struct { /* no padding: nodes compare their facts with memcmp */
  long long k[WITNESS_FACTS];
  int n;
  int var[WITNESS_FACTS];
  bool eq[WITNESS_FACTS];
} witness_facts;
_Static_assert(sizeof(witness_facts) == WITNESS_FACTS * (sizeof(long long) + sizeof(int) + sizeof(bool)) + sizeof(int),
               "witness_facts has padding");

/* A search node: a block entered with one path's state (nothing joined). */
typedef struct {
  int block, parent, edge; /* parent: the node it was reached from by its edge (-1: the entry) */
  int next_here;           /* the previous node of the same block, or -1 */
  qstate s;
  witness_facts facts;
} witness_node;

/* Whether block was entered with state s already (and the same facts, when
 * facts is not NULL); *visits: how many states it was entered with. */
static bool witness_seen(const witness_node *v, const int *last_at, int block, const qstate *s,
                         const witness_facts *facts, int *visits) {
  *visits = 0;
  for (int i = last_at[block]; i >= 0; i = v[i].next_here, ++*visits)
    if (!memcmp(&v[i].s, s, sizeof *s) && (!facts || !memcmp(&v[i].facts, facts, sizeof *facts))) return true;
  return false;
}

/* The variable block b compares with a constant, and the constant; -1 if none. */
static int witness_tested(const ir_block *b, long long *k) {
  if (b->cmp_op != CMP_NONE && b->cmp_var >= 0 && b->cmp_call < 0) {
    *k = b->cmp_k;
    return b->cmp_var;
  }
  if (b->cmp_op == CMP_NONE && b->cond_var >= 0 && b->cond_call < 0 && b->nsucc == 2) { /* a truth test */
    *k = 0;
    return b->cond_var;
  }
  return -1;
}

/* Whether edge e of b says the tested variable is k and nothing else. */
static bool witness_edge_is_equal(const ir_block *b, int e) {
  ir_edge_kind t = b->succ[e].kind;
  if (b->cmp_op == CMP_EQ) return t == IR_EDGE_TRUE;
  if (b->cmp_op == CMP_NE) return t == IR_EDGE_FALSE;
  if (b->cmp_op == CMP_NONE) return t == (b->cond_true_nonzero ? IR_EDGE_FALSE : IR_EDGE_TRUE);
  return false;
}

/* Along edge e of b: false when it contradicts the path's facts; else the
 * facts, with what the edge says of the variable b tests. */
static bool witness_facts_edge(const ir_block *b, int e, witness_facts *wf) {
  long long k;
  int v = witness_tested(b, &k);
  if (v < 0) return true;
  bool eq = witness_edge_is_equal(b, e);
  for (int i = 0; i < wf->n; i++) {
    if (wf->var[i] != v) continue;
    if (wf->eq[i] && !ir_value_edge_admits(b, e, -1, v, wf->k[i])) return false;
    if (!wf->eq[i] && eq && wf->k[i] == k) return false;
  }
  if (!eq && ir_value_edge_admits(b, e, -1, v, k)) return true; /* says nothing of k itself */
  int at = 0;
  while (at < wf->n && !(wf->var[at] == v && wf->k[at] == k)) at++;
  if (at == wf->n) {
    if (wf->n == WITNESS_FACTS) return true;
    wf->n++;
  }
  wf->var[at] = v;
  wf->k[at] = k;
  wf->eq[at] = eq;
  return true;
}

/* After event ev: forget the facts of what it may change (a definition of
 * the variable; at a call or a store through a pointer, a field, a global or
 * a variable whose address is taken); and what a local given a constant now
 * holds. */
static void witness_facts_event(const ir_function *f, const ir_event *ev, witness_facts *wf) {
  int n = 0;
  for (int i = 0; i < wf->n; i++) {
    int v = wf->var[i];
    bool may_change = ev->kind == EV_DEF ? ev->var == v
                      : (ev->kind == EV_CALL || ev->kind == EV_STORE) ? ir_var_aliasable(f, v) || !ir_var_is_local(f, v)
                                                                       : false;
    if (may_change) continue;
    wf->var[n] = v;
    wf->k[n] = wf->k[i];
    wf->eq[n] = wf->eq[i];
    n++;
  }
  wf->n = n;
  /* `not_written = 0;`: a local given a constant holds it (one an int holds
   * as written: `int status = 0x80004005;` holds a negative value) */
  if (ev->kind == EV_DEF && ev->has_value && ev->src_call < 0 && ev->var >= 0 && wf->n < WITNESS_FACTS &&
      ir_var_is_local(f, ev->var) && !ir_var_aliasable(f, ev->var) &&
      (f->vars[ev->var].int_like || f->vars[ev->var].pointer) && ev->value >= INT_MIN && ev->value <= INT_MAX) {
    wf->var[wf->n] = ev->var;
    wf->k[wf->n] = ev->value;
    wf->eq[wf->n] = true;
    wf->n++;
  }
}

static void witness_take(const witness_node *v, int at, int origin, queue_witness *w) {
  int n = 0;
  for (int i = at; i >= 0; i = v[i].parent) n++;
  w->blocks = xmalloc((size_t)n * sizeof *w->blocks);
  w->edges = xmalloc((size_t)n * sizeof *w->edges);
  w->n = n;
  w->origin = origin;
  int edge = -1;
  for (int i = at, k = n - 1; i >= 0; i = v[i].parent, k--) {
    w->blocks[k] = v[i].block;
    w->edges[k] = edge;
    edge = v[i].edge;
  }
}

/* The search; with_facts: along the way, keep the tests' outcomes and take
 * no edge a path's own earlier test ruled out; strict: give up rather than
 * take a path to another origin (loose). */
static bool queue_witness_search(const project *p, const ir_function *f, const fn_facts *x, int io, unsigned want,
                                 int origin, bool with_facts, bool strict, queue_witness *w);

bool facts_queue_witness(const project *p, const ir_function *f, const fn_facts *x, int io, unsigned want,
                         int origin, queue_witness *w) {
  /* a path whose tests agree with each other, where the bounded search finds one */
  return queue_witness_search(p, f, x, io, want, origin, true, true, w) ||
         queue_witness_search(p, f, x, io, want, origin, false, false, w);
}

static bool queue_witness_search(const project *p, const ir_function *f, const fn_facts *x, int io, unsigned want,
                                 int origin, bool with_facts, bool strict, queue_witness *w) {
  memset(w, 0, sizeof *w);
  w->origin = -1;
  if (f->nblocks <= 0) return false;
  /* A breadth-first search over (block, state): the shortest such path.
   * Bounded: a state seen at a block is not expanded twice, a block is
   * entered with at most MAX_VISITS states, and MAX_NODES in all. */
  enum { MAX_VISITS = 32, MAX_NODES = 20000 };
  qctx c = qctx_of(p, f, (fn_facts *)x);
  witness_node *v = NULL;
  int n = 0, cap = 0, loose = -1, loose_origin = -1;
  int *last_at = xmalloc((size_t)f->nblocks * sizeof *last_at);
  for (int i = 0; i < f->nblocks; i++) last_at[i] = -1;
  witness_node start;
  memset(&start, 0, sizeof start);
  start.block = f->entry;
  start.parent = start.edge = start.next_here = -1;
  q_init(&c, &start.s);
  VEC_PUSH(v, n, cap, start);
  last_at[f->entry] = 0;
  bool found = false;
  for (int head = 0; head < n && !found; head++) {
    qstate s = v[head].s;
    witness_facts facts = v[head].facts;
    const ir_block *b = &f->blocks[v[head].block];
    for (int i = 0; i < b->nev && s.mask; i++) {
      const ir_event *ev = &b->ev[i];
      if (ev->kind == EV_CALL && ev->call == io && (s.mask & want)) {
        int o = want & Q_DIRTY && s.mask & Q_DIRTY ? s.origin1 - 1 : -1;
        if (origin < 0 || o == origin) {
          witness_take(v, head, o, w);
          found = true;
          break;
        }
        if (loose < 0) loose = head, loose_origin = o;
      }
      q_event(&c, ev, &s);
      if (with_facts) witness_facts_event(f, ev, &facts);
    }
    if (found || !s.mask) continue;
    for (int e = 0; e < b->nsucc && n < MAX_NODES; e++) {
      witness_node next;
      memset(&next, 0, sizeof next);
      next.s = s;
      next.facts = facts;
      if (with_facts && !witness_facts_edge(b, e, &next.facts)) continue; /* the path took the other way before */
      q_edge(&c, v[head].block, e, &next.s);
      if (!next.s.mask) continue;
      next.block = b->succ[e].to;
      next.parent = head;
      next.edge = e;
      int visits = 0;
      if (witness_seen(v, last_at, next.block, &next.s, with_facts ? &next.facts : NULL, &visits) ||
          visits >= (with_facts ? 2 * MAX_VISITS : MAX_VISITS))
        continue;
      next.next_here = last_at[next.block];
      last_at[next.block] = n;
      VEC_PUSH(v, n, cap, next);
    }
  }
  if (!found && loose >= 0 && !strict) {
    witness_take(v, loose, loose_origin, w);
    found = true;
  }
  free(v);
  free(last_at);
  qctx_release(&c);
  return found;
}

void queue_witness_free(queue_witness *w) {
  free(w->blocks);
  free(w->edges);
  memset(w, 0, sizeof *w);
}

/* ---- the classification analysis ---- */

/* State: a bitset of words. Word 0 is 1 when the block is reached; then the
 * io calls that ran last (per path), the candidate calls that ran since the
 * last io call, for each tracked variable the io calls whose result it holds,
 * and for each tracked variable the io calls that ran after it was given an
 * io call's result (and before it was given anything else). */
typedef struct {
  const ir_function *f;
  fn_facts *x;
  bool record;
  int nio, ncand, ntvar;
  int *io_of_call, *cand_of_call, *tvar_of_var; /* index or -1 */
  int *call_of_io, *call_of_cand;
  /* The function classifies a parameter: I/O index nio - 1 stands for the
   * caller's I/O call, which ran last at the entry (call_of_io -1); psince_off:
   * the candidate calls since then (entry_between). */
  bool entry_io;
  size_t words, last_off, since_off, psince_off, var_off, var_since_off, var_unsure_off;
} lctx;

static bool bit_get(const uint64_t *w, size_t off, int i) { return (w[off + (size_t)i / 64] >> (i % 64)) & 1; }
static void bit_set(uint64_t *w, size_t off, int i) { w[off + (size_t)i / 64] |= (uint64_t)1 << (i % 64); }
static size_t nwords(int bits) { return ((size_t)bits + 63) / 64; }

/* Words per tracked variable: a bit per I/O call whose result it may hold,
 * then one for another call's result, one for a constant or other value. */
static size_t var_words(const lctx *c) { return nwords(c->nio + 2); }

/* Whether the variable whose bits start at word `off` may hold an I/O call's
 * result (its other two bits aside). */
static bool holds_io_result(const lctx *c, const uint64_t *w, size_t off) {
  for (int i = 0; i < c->nio; i++)
    if (bit_get(w, off, i)) return true;
  return false;
}

static void l_init(void *ctx, void *state) {
  lctx *c = ctx;
  uint64_t *w = state;
  w[0] = 1;
  if (c->entry_io) bit_set(w, c->last_off, c->nio - 1);
}

/* Whether a real I/O call of the function (not the caller's, entry_io) may
 * have run last. */
static bool own_io_last(const lctx *c, const uint64_t *w) {
  for (int i = 0; i < c->nio - (c->entry_io ? 1 : 0); i++)
    if (bit_get(w, c->last_off, i)) return true;
  return false;
}

/* Appended as found; sorted and made unique once the pass is over. */
static void add_link(fn_facts *x, int io, int classify) {
  io_link l = {io, classify};
  VEC_PUSH(x->links, x->nlinks, x->links_cap, l);
}

static void add_between(fn_facts *x, int classify, int io, int call) {
  between_call b = {classify, io, call};
  VEC_PUSH(x->between, x->nbetween, x->between_cap, b);
}

/* Whether v holds a comparison's truth where call k runs (ir_var_truth_at). */
static bool truth_at_call(const ir_function *f, int k, int v) {
  int b, e;
  return ir_call_position(f, k, &b, &e) && ir_var_truth_at(f, v, b, e) >= 0;
}

static void classify_event(lctx *c, int k, uint64_t *w) {
  const ir_call *call = &c->f->calls[k];
  int ret = c->x->effects[k].ret_arg;
  size_t n = nwords(c->nio);
  uint64_t *linked = xcalloc(n ? n : 1, sizeof *linked);
  bool have = false;
  int tvar = -1;
  if (ret >= 0 && ret < call->nargs) {
    const ir_arg *a = &call->args[ret];
    if (a->kind == ARG_VAR && c->tvar_of_var[a->var] >= 0) {
      tvar = c->tvar_of_var[a->var];
      /* The I/O calls whose result it holds; none, when on every path it holds
       * another call's result (`ret = BIO_read(...)` after `ret = SSL_write(...)`):
       * then it classifies no I/O call of ours. */
      size_t off = c->var_off + (size_t)c->tvar_of_var[a->var] * var_words(c);
      for (int i = 0; i < c->nio; i++)
        if (bit_get(w, off, i)) {
          bit_set(linked, 0, i);
          have = true;
        }
      have |= bit_get(w, off, c->nio);
    } else if (a->kind == ARG_CALL && c->io_of_call[a->call] >= 0) {
      bit_set(linked, 0, c->io_of_call[a->call]);
      have = true;
    } else if (a->kind == ARG_VAR && truth_at_call(c->f, k, a->var)) {
      have = true; /* a comparison's 0 or 1 (`if ((r = SSL_connect(s) < 1))`): no I/O call's result */
    }
  }
  if (!have)
    for (size_t i = 0; i < n; i++) linked[i] = w[c->last_off + i];
  int first_io = -1;
  for (int i = 0; i < c->nio; i++)
    if (bit_get(linked, 0, i) && c->call_of_io[i] >= 0) {
      add_link(c->x, c->call_of_io[i], k);
      if (first_io < 0) first_io = c->call_of_io[i];
    }
  /* A classification of a parameter where the caller's I/O call may still be
   * the last: the calls that ran since the entry are between them. */
  if (c->entry_io && bit_get(linked, 0, c->nio - 1) && ret >= 0 && ret < call->nargs &&
      call->args[ret].kind == ARG_VAR && call->args[ret].var < c->f->nparams)
    for (int i = 0; i < c->ncand; i++)
      if (bit_get(w, c->psince_off, i)) {
        between_call b = {k, -1, c->call_of_cand[i]};
        VEC_PUSH(c->x->entry_between, c->x->nentry_between, c->x->entry_between_cap, b);
      }
  if (first_io >= 0) {
    /* A call whose result goes into the classified variable is not between:
     * on a path through it, the variable holds its result, not the I/O call's
     * (`ret = BIO_read(...)` on one path only, before `SSL_get_error(s, ret)`). */
    int classified_var = ret >= 0 && ret < call->nargs && call->args[ret].kind == ARG_VAR ? call->args[ret].var : -1;
    for (int i = 0; i < c->ncand; i++)
      if (bit_get(w, c->since_off, i) &&
          (classified_var < 0 || c->f->calls[c->call_of_cand[i]].result_var != classified_var))
        add_between(c->x, k, first_io, c->call_of_cand[i]);
    /* A later I/O call runs between too: one that ran after the variable was
     * given an I/O call's result (on a path where it was then given a constant,
     * `len = -1;`, it classifies the last I/O call, as meant), or one that ran
     * last where the classified value is not a tracked variable. */
    size_t since = tvar >= 0 ? c->var_since_off + (size_t)tvar * n : c->last_off;
    for (int i = 0; i < c->nio; i++)
      if (bit_get(w, since, i) && !bit_get(linked, 0, i) && c->call_of_io[i] >= 0)
        add_between(c->x, k, first_io, c->call_of_io[i]);
  }
  free(linked);
}

static void l_transfer(void *ctx, int block, void *state) {
  lctx *c = ctx;
  uint64_t *w = state;
  const ir_block *b = &c->f->blocks[block];
  size_t nio_w = nwords(c->nio);
  for (int i = 0; i < b->nev; i++) {
    const ir_event *ev = &b->ev[i];
    if (ev->kind == EV_RETURN || ev->kind == EV_STORE) continue;
    if (ev->kind == EV_DEF) {
      int t = c->tvar_of_var[ev->var];
      if (t < 0) continue;
      size_t var_w = var_words(c);
      size_t off = c->var_off + (size_t)t * var_w;
      memset(w + off, 0, var_w * sizeof *w);
      memset(w + c->var_since_off + (size_t)t * nio_w, 0, nio_w * sizeof *w);
      uint64_t *unsure = w + c->var_unsure_off + (size_t)t * nio_w;
      memset(unsure, 0, nio_w * sizeof *w);
      if (ev->src_call >= 0 && c->io_of_call[ev->src_call] >= 0) {
        bit_set(w, off, c->io_of_call[ev->src_call]);
        continue;
      }
      if (ev->src_call >= 0) /* another call's result: the bit after the I/O calls' */
        bit_set(w, off, c->nio);
      else /* a constant or another value (a classification of it falls back on the last I/O call) */
        bit_set(w, off, c->nio + 1);
      memcpy(unsure, w + c->last_off, nio_w * sizeof *w); /* the I/O calls whose result it no longer is */
      continue;
    }
    int k = ev->call;
    if (c->record && c->x->effects[k].is_classify) classify_event(c, k, w);
    if (c->io_of_call[k] >= 0) {
      for (int t = 0; t < c->ntvar; t++) { /* it runs after the result each variable holds */
        size_t off = c->var_off + (size_t)t * var_words(c);
        if (holds_io_result(c, w, off)) bit_set(w, c->var_since_off + (size_t)t * nio_w, c->io_of_call[k]);
        if (bit_get(w, off, c->nio) || bit_get(w, off, c->nio + 1)) /* ... or the variable holds something else */
          bit_set(w, c->var_unsure_off + (size_t)t * nio_w, c->io_of_call[k]);
      }
      memset(w + c->last_off, 0, nio_w * sizeof *w);
      bit_set(w, c->last_off, c->io_of_call[k]);
      memset(w + c->since_off, 0, nwords(c->ncand) * sizeof *w);
      if (c->entry_io) memset(w + c->psince_off, 0, nwords(c->ncand) * sizeof *w);
    } else if (c->cand_of_call[k] >= 0) {
      if (own_io_last(c, w)) bit_set(w, c->since_off, c->cand_of_call[k]); /* only after an I/O call */
      if (c->entry_io && bit_get(w, c->last_off, c->nio - 1)) bit_set(w, c->psince_off, c->cand_of_call[k]);
    }
    /* A project function that does TLS I/O it does not hand back (a void
     * flush): the last I/O call is now one this function does not see, so a
     * classification of no I/O result links to none before it. */
    const call_effect *e = &c->x->effects[k];
    if (c->io_of_call[k] < 0 && e->does_io && !e->is_io && !e->own_io && !e->is_classify)
      memset(w + c->last_off, 0, nio_w * sizeof *w);
  }
}

/* Along an edge that proves an I/O call succeeded (`if (rc > 0)` after `rc =
 * SSL_accept(s)`, `if (SSL_write(...) == n)`): that call left no error for a
 * classification to read (SSL_get_error() says SSL_ERROR_NONE for a success
 * without looking at the queue), so it is no longer the last I/O call. Only
 * where the value tested is that call's latest result on every way where the
 * call ran: the call itself, or a variable given its result, not given
 * anything else after the call ran (`if (rc <= 0 && lenient) rc = 1;` proves
 * nothing) nor holding anything else when it ran, and the call has not run
 * again since. */
static void l_edge_io_success(lctx *c, const ir_block *b, int edge, uint64_t *w) {
  long long lb;
  if (b->cmp_op == CMP_NONE || !ir_edge_lower_bound(b, edge, &lb)) return;
  int t = b->cmp_var >= 0 ? c->tvar_of_var[b->cmp_var] : -1;
  size_t nio_w = nwords(c->nio);
  size_t off = t >= 0 ? c->var_off + (size_t)t * var_words(c) : 0;
  size_t since = t >= 0 ? c->var_since_off + (size_t)t * nio_w : 0;
  size_t unsure = t >= 0 ? c->var_unsure_off + (size_t)t * nio_w : 0;
  for (int i = 0; i < c->nio; i++) {
    int call = c->call_of_io[i];
    if (call < 0) continue; /* the caller's I/O call (entry_io) */
    bool held = t >= 0 && bit_get(w, off, i) && !bit_get(w, since, i) && !bit_get(w, unsure, i);
    if ((b->cmp_call != call && !held) || lb < c->x->effects[call].success_min) continue;
    w[c->last_off + (size_t)i / 64] &= ~((uint64_t)1 << (i % 64));
  }
}

/* Along an edge that proves a call since the I/O call succeeded (`if
 * (!setup(c)) return -1;`, for a call that pushes only when it returns one of
 * its failure values, and leaves the queue as it was otherwise), that call
 * left nothing for the classification to read: it is no longer "since". So
 * too an I/O call proven a success (l_edge_io_success). */
static void l_edge(void *ctx, int block, int edge, void *state) {
  lctx *c = ctx;
  uint64_t *w = state;
  const ir_block *b = &c->f->blocks[block];
  l_edge_io_success(c, b, edge, w);
  int call = b->cmp_op != CMP_NONE && b->cmp_call >= 0 ? b->cmp_call : b->cond_call;
  if (call < 0 || c->cand_of_call[call] < 0 || !bit_get(w, c->since_off, c->cand_of_call[call])) return;
  const call_effect *e = &c->x->effects[call];
  if (e->drains || !effect_pushes_only_on_failure(e)) return;
  for (int i = 0; i < e->nfail; i++)
    if (ir_value_edge_admits(b, edge, call, -1, e->fail[i])) return;
  int i = c->cand_of_call[call];
  w[c->since_off + (size_t)i / 64] &= ~((uint64_t)1 << (i % 64));
  if (c->entry_io) w[c->psince_off + (size_t)i / 64] &= ~((uint64_t)1 << (i % 64));
}

static bool l_join(void *ctx, void *dst, const void *src) {
  lctx *c = ctx;
  uint64_t *d = dst;
  const uint64_t *s = src;
  bool changed = false;
  for (size_t i = 0; i < c->words; i++) {
    uint64_t v = d[i] | s[i];
    changed |= v != d[i];
    d[i] = v;
  }
  return changed;
}

static int cmp_link(const void *a, const void *b) {
  const io_link *x = a, *y = b;
  return x->io != y->io ? x->io - y->io : x->classify - y->classify;
}

static int cmp_between(const void *a, const void *b) {
  const between_call *x = a, *y = b;
  if (x->classify != y->classify) return x->classify - y->classify;
  if (x->call != y->call) return x->call - y->call;
  return x->io - y->io;
}

static void unique_facts(fn_facts *x) {
  if (x->nlinks > 1) {
    qsort(x->links, (size_t)x->nlinks, sizeof *x->links, cmp_link);
    int n = 1;
    for (int i = 1; i < x->nlinks; i++)
      if (cmp_link(&x->links[i], &x->links[n - 1])) x->links[n++] = x->links[i];
    x->nlinks = n;
  }
  if (x->nbetween > 1) { /* one entry per (classification, call): the first I/O call */
    qsort(x->between, (size_t)x->nbetween, sizeof *x->between, cmp_between);
    int n = 1;
    for (int i = 1; i < x->nbetween; i++)
      if (x->between[i].classify != x->between[n - 1].classify ||
          x->between[i].call != x->between[n - 1].call)
        x->between[n++] = x->between[i];
    x->nbetween = n;
  }
}

static void classification_analysis(const ir_function *f, fn_facts *x) {
  lctx c = {.f = f, .x = x};
  c.io_of_call = xmalloc((size_t)(f->ncalls + 1) * sizeof(int));
  c.cand_of_call = xmalloc((size_t)(f->ncalls + 1) * sizeof(int));
  c.call_of_io = xmalloc((size_t)(f->ncalls + 1) * sizeof(int));
  c.call_of_cand = xmalloc((size_t)(f->ncalls + 1) * sizeof(int));
  c.tvar_of_var = xmalloc((size_t)(f->nvars + 1) * sizeof(int));
  bool any_classify = false;
  for (int i = 0; i < f->ncalls; i++) {
    const call_effect *e = &x->effects[i];
    c.io_of_call[i] = c.cand_of_call[i] = -1;
    any_classify |= e->is_classify;
    if (e->is_io) {
      c.call_of_io[c.nio] = i;
      c.io_of_call[i] = c.nio++;
    } else if (!e->is_classify && (e->dirties || e->drains)) {
      c.call_of_cand[c.ncand] = i;
      c.cand_of_call[i] = c.ncand++;
    }
  }
  for (int v = 0; v < f->nvars; v++) c.tvar_of_var[v] = -1;
  for (int i = 0; i < f->ncalls; i++)
    if (c.io_of_call[i] >= 0 && f->calls[i].result_var >= 0 && c.tvar_of_var[f->calls[i].result_var] < 0)
      c.tvar_of_var[f->calls[i].result_var] = c.ntvar++;
  for (int i = 0; i < f->ncalls && !c.entry_io; i++) { /* a classification of a parameter */
    int ret = x->effects[i].ret_arg;
    c.entry_io = x->effects[i].is_classify && ret >= 0 && ret < f->calls[i].nargs &&
                 f->calls[i].args[ret].kind == ARG_VAR && f->calls[i].args[ret].var < f->nparams;
  }
  if (c.entry_io) c.call_of_io[c.nio++] = -1;
  if (any_classify && c.nio > 0) {
    c.last_off = 1;
    c.since_off = c.last_off + nwords(c.nio);
    c.psince_off = c.since_off + nwords(c.ncand);
    c.var_off = c.psince_off + nwords(c.ncand);
    c.var_since_off = c.var_off + (size_t)c.ntvar * var_words(&c);
    c.var_unsure_off = c.var_since_off + (size_t)c.ntvar * nwords(c.nio);
    c.words = c.var_unsure_off + (size_t)c.ntvar * nwords(c.nio);
    dataflow_ops ops = {c.words * sizeof(uint64_t), l_init, l_transfer, l_edge, l_join};
    unsigned char *in = dataflow_solve(f, &ops, &c);
    uint64_t *w = xmalloc(ops.state_size);
    c.record = true;
    for (int b = 0; b < f->nblocks; b++) {
      memcpy(w, in + (size_t)b * ops.state_size, ops.state_size);
      if (w[0]) l_transfer(&c, b, w);
    }
    free(w);
    free(in);
    unique_facts(x);
  }
  free(c.io_of_call);
  free(c.cand_of_call);
  free(c.call_of_io);
  free(c.call_of_cand);
  free(c.tvar_of_var);
}

/* ---- selective pops ---- */

/* Whether value `call`/`var` comes from a call that peeks at the queue
 * (ERR_peek_error), directly or through a call it is passed to
 * (ERR_GET_REASON(e)). */
static bool var_from_peek(const ir_function *f, const fn_facts *x, int var) {
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *e = &f->blocks[b].ev[i];
      /* every value it is given is a code of the queue: peeked, or popped
       * (`err = ERR_get_error();` in the branch, storing what it takes off) */
      if (e->kind == EV_DEF && e->var == var &&
          (e->src_call < 0 || !(x->effects[e->src_call].peeks_queue || x->effects[e->src_call].pops_one)))
        return false;
    }
  for (int k = 0; k < f->ncalls; k++)
    if (f->calls[k].result_var == var && x->effects[k].peeks_queue) return true;
  return false;
}

static bool value_from_peek(const ir_function *f, const fn_facts *x, int call, int var) {
  if (var >= 0 && var_from_peek(f, x, var)) return true;
  if (call < 0) return false;
  if (x->effects[call].peeks_queue) return true;
  for (int a = 0; a < f->calls[call].nargs; a++) {
    const ir_arg *arg = &f->calls[call].args[a];
    if ((arg->kind == ARG_VAR && var_from_peek(f, x, arg->var)) ||
        (arg->kind == ARG_CALL && x->effects[arg->call].peeks_queue))
      return true;
  }
  return false;
}

/* Edge e of block p says that a peeked queue code equals a non-zero constant. */
static bool peeked_code_equal_edge(const ir_function *f, const fn_facts *x, const ir_block *p, int e) {
  bool equal_edge = (p->cmp_op == CMP_EQ && p->succ[e].kind == IR_EDGE_TRUE) ||
                    (p->cmp_op == CMP_NE && p->succ[e].kind == IR_EDGE_FALSE);
  return equal_edge && p->cmp_k != 0 && value_from_peek(f, x, p->cmp_call, p->cmp_var);
}

/* Whether one of the first n events of block b moves the queue (a call that
 * may push or drain). */
static bool events_move_queue(const ir_function *f, const fn_facts *x, int b, int n) {
  for (int i = 0; i < n; i++) {
    const ir_event *ev = &f->blocks[b].ev[i];
    if (ev->kind == EV_CALL && (x->effects[ev->call].dirties || x->effects[ev->call].drains)) return true;
  }
  return false;
}

/* A deliberate, selective pop: the call takes one error off the queue, and it
 * runs only where the error on top was peeked at and found to be one
 * particular code (`while ((e = ERR_peek_error()) && ERR_GET_REASON(e) == X)
 * ERR_get_error();`, or further down that branch, under other tests, as
 * lighttpd's `if (errnum) { err = ERR_get_error(); ... }`), with nothing on the
 * way that moves the queue: it removes the errors the code knows to be
 * spurious and leaves the others for the classification. */
bool facts_pops_peeked_error(const ir_function *f, const fn_facts *x, int call) {
  if (!x->effects[call].pops_one) return false;
  int d, d_ev;
  if (!ir_call_position(f, call, &d, &d_ev) || d == f->entry) return false;
  if (events_move_queue(f, x, d, d_ev)) return false; /* before it in its own block */
  /* Backwards from the pop's block: every path back stops at such an edge. */
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), top = 0;
  stack[top++] = d;
  seen[d] = true;
  bool guarded = true;
  while (top && guarded) {
    int to = stack[--top], npreds = 0;
    for (int b = 0; b < f->nblocks && guarded; b++) {
      const ir_block *p = &f->blocks[b];
      for (int e = 0; e < p->nsucc && guarded; e++) {
        if (p->succ[e].to != to) continue;
        npreds++;
        if (peeked_code_equal_edge(f, x, p, e)) continue;
        if (b == f->entry || events_move_queue(f, x, b, f->blocks[b].nev)) guarded = false;
        else if (!seen[b]) {
          seen[b] = true;
          stack[top++] = b;
        }
      }
    }
    if (npreds == 0) guarded = false; /* reached without the test */
  }
  free(seen);
  free(stack);
  return guarded;
}

/* ---- facts ---- */

/* result_held_at_end's states: 0 not reached (bottom), HELD_NOT reached with
 * v not (or not surely) holding k's result, HELD_YES holding it on every way. */
enum { HELD_NOT = 1, HELD_YES = 2 };

typedef struct {
  const ir_function *f;
  int v, k;
} held_ctx;

static void held_init(void *ctx, void *state) {
  (void)ctx;
  *(unsigned char *)state = HELD_NOT; /* the entry holds nothing of the function's own */
}

/* The block's last definition of v decides: from k, or from anything else. */
static void held_transfer(void *ctx, int block, void *state) {
  const held_ctx *c = ctx;
  const ir_block *b = &c->f->blocks[block];
  for (int i = b->nev - 1; i >= 0; i--)
    if (b->ev[i].kind == EV_DEF && b->ev[i].var == c->v) {
      *(unsigned char *)state = b->ev[i].src_call == c->k ? HELD_YES : HELD_NOT;
      return;
    }
}

/* "Must": held where every way that reaches the block holds it. */
static bool held_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  unsigned char *d = dst, s = *(const unsigned char *)src;
  unsigned char j = !*d ? s : (*d == HELD_YES && s == HELD_YES) ? HELD_YES : HELD_NOT;
  if (j == *d) return false;
  *d = j;
  return true;
}

/* Per block of f: whether variable v holds call k's result at its end, on
 * every way from the entry (the last definition of v on each is k's: `rc =
 * SSL_set_fd(...); if (rc == -1)`, though `rc = SSL_connect(...)` comes
 * later). A forward "must" pass (dataflow_solve); blocks no way from the entry
 * reaches count as holding it (no way says otherwise; no one asks of them).
 * Owned by the caller. */
static bool *result_held_at_end(const ir_function *f, int v, int k) {
  held_ctx c = {f, v, k};
  dataflow_ops ops = {1, held_init, held_transfer, NULL, held_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  bool *out = xmalloc(((size_t)f->nblocks + 1) * sizeof *out);
  for (int b = 0; b < f->nblocks; b++) {
    unsigned char st = in[b] ? in[b] : HELD_YES;
    held_transfer(&c, b, &st);
    out[b] = st == HELD_YES;
  }
  free(in);
  return out;
}

/* The calls of f whose every result the model lists (`results`: SSL_set_fd's
 * 0 and 1), each with its result variable where that is a local integer no
 * pointer reaches (a field of a struct is not the whole variable), else -1
 * (tests of the call itself only), and for those with a variable, where it
 * holds the call's result (result_held_at_end). Returns how many; the arrays
 * are owned (release_results). */
typedef struct {
  int n;
  int *calls, *vars;
  const api_function **api; /* per entry: the model's entry of the call */
  bool **held;              /* per entry: per block, or NULL */
} result_calls;

static result_calls calls_with_results(const project *p, const ir_function *f) {
  const api_model *m = project_model_of(p, f);
  size_t n = (size_t)f->ncalls + 1;
  result_calls r = {0, xmalloc(n * sizeof *r.calls), xmalloc(n * sizeof *r.vars), xmalloc(n * sizeof *r.api),
                    xcalloc(n, sizeof *r.held)};
  for (int k = 0; k < f->ncalls; k++) {
    const ir_call *c = &f->calls[k];
    if (!c->callee || c->via_pointer) continue;
    const api_function *fn = model_lookup(m, c->callee);
    if (!fn || fn->nresults == 0) continue;
    int v = c->result_var;
    if (v >= 0 && (ir_var_aliasable(f, v) || !f->vars[v].int_like)) v = -1;
    r.calls[r.n] = k;
    r.vars[r.n] = v;
    r.api[r.n] = fn;
    r.held[r.n++] = v >= 0 ? result_held_at_end(f, v, k) : NULL;
  }
  return r;
}

static void release_results(result_calls *r) {
  for (int i = 0; i < r->n; i++) free(r->held[i]);
  free(r->held);
  free(r->api);
  free(r->calls);
  free(r->vars);
}

/* Whether edge e of block bi can be taken, as far as the results of those
 * calls go: not where the block tests one's result (the call, or its
 * variable where it holds that call's result) and the edge admits none of
 * the results it can return (psyBNC's `rc = SSL_set_fd(...); if (rc == -1) {
 * ... SSL_get_error(ssl, rc) ... }` never runs). */
static bool results_can_take_edge(const ir_function *f, int bi, int e, const result_calls *r) {
  const ir_block *b = &f->blocks[bi];
  for (int i = 0; i < r->n; i++) {
    int k = r->calls[i], v = r->vars[i];
    if (!ir_block_tests(b, k, v)) continue;
    if (!ir_block_tests(b, k, -1) && !r->held[i][bi]) continue;
    const api_function *fn = r->api[i];
    bool admits = false;
    for (int j = 0; j < fn->nresults && !admits; j++) admits = ir_value_edge_admits(b, e, k, v, fn->results[j]);
    if (!admits) return false;
  }
  return true;
}

void facts_compute(const project *p, const ir_function *f, fn_facts *x) {
  memset(x, 0, sizeof *x);
  size_t n = (size_t)(f->ncalls + 1);
  x->effects = xcalloc(n, sizeof *x->effects);
  x->in_mask = xcalloc(n, sizeof *x->in_mask);
  x->stale_mask = xcalloc(n, sizeof *x->stale_mask);
  x->in_origin = xmalloc(n * sizeof *x->in_origin);
  x->ret_mask = xcalloc((size_t)f->nrets + 1, sizeof *x->ret_mask);
  x->io_success_min = 1;
  for (int i = 0; i < f->ncalls; i++) {
    x->effects[i] = effect_of(p, f, &f->calls[i]);
    x->in_origin[i] = -1;
  }
  x->block_reached = xcalloc((size_t)f->nblocks + 1, sizeof *x->block_reached);
  x->call_block = xmalloc(n * sizeof *x->call_block);
  for (int i = 0; i < f->ncalls; i++) x->call_block[i] = -1;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++)
      if (f->blocks[b].ev[i].kind == EV_CALL && x->call_block[f->blocks[b].ev[i].call] < 0)
        x->call_block[f->blocks[b].ev[i].call] = b;
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), top = 0;
  result_calls rc = calls_with_results(p, f);
  if (f->nblocks > 0) {
    stack[top++] = f->entry;
    x->block_reached[f->entry] = true;
  }
  while (top) {
    int bi = stack[--top];
    const ir_block *b = &f->blocks[bi];
    for (int e = 0; e < b->nsucc; e++)
      if (!x->block_reached[b->succ[e].to] && results_can_take_edge(f, bi, e, &rc)) {
        x->block_reached[b->succ[e].to] = true;
        stack[top++] = b->succ[e].to;
      }
  }
  free(stack);
  release_results(&rc);
  bounded_io_mark(p, f, x->effects);
  queue_analysis(p, f, x);
  classification_analysis(f, x);
}

unsigned facts_io_state(const fn_facts *x, int call) {
  return queue_from_caller(x->effects[call].io_in_mask, x->stale_mask[call]);
}

void facts_free(fn_facts *x) {
  free(x->effects);
  free(x->in_mask);
  free(x->stale_mask);
  free(x->in_origin);
  free(x->ret_mask);
  free(x->links);
  free(x->between);
  free(x->entry_between);
  free(x->block_reached);
  free(x->call_block);
  memset(x, 0, sizeof *x);
}
