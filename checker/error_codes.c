#include "error_codes.h"

#include "analysis.h"
#include "dataflow.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_ROUNDS = 32, MAX_VARS = 4096 };

/* ---- what kind of code a call returns ---- */

typedef struct {
  const project *p;
  const code_summary *sums;
  const ir_function *f;
  const api_model *m;
  unsigned *call_kind; /* per call */
  int *aliased, naliased; /* the variables whose address is taken */
  /* The record pass: */
  bool record;
  code_summary own;
  unsigned returned; /* the kinds of every value returned */
  code_use *uses;
  int nuses, uses_cap;
} codes_ctx;

/* The project functions call k may reach, all of them known (the model does
 * not name the callee), or NULL. */
static const call_target *project_call(const codes_ctx *c, const ir_call *k) {
  if (!k->callee || k->via_pointer) return NULL;
  const call_target *t = project_call_target(c->p, c->f, k);
  return !t->api && t->ndefs > 0 && t->ndefs <= CALL_MAX_DEFS ? t : NULL;
}

static unsigned kind_of_call(const codes_ctx *c, int call) {
  const ir_call *k = &c->f->calls[call];
  if (model_name_in(c->m->codes.queue_sources, c->m->codes.nqueue_sources, k->callee)) return CODE_QUEUE;
  const api_function *api = k->via_pointer ? NULL : model_lookup(c->m, k->callee);
  if (api && api->role == ROLE_CLASSIFY) return CODE_CLASS;
  const call_target *t = project_call(c, k);
  if (t) {
    unsigned r = c->sums[t->defs[0]].returns;
    for (int i = 1; i < t->ndefs; i++)
      if (c->sums[t->defs[i]].returns != r) r = 0;
    if (r) return r;
  }
  call_effect e = effect_of(c->p, c->f, k);
  if (e.is_io) return CODE_IO;
  if (e.openssl && !e.is_classify) return CODE_OPENSSL;
  return CODE_OTHER;
}

/* ---- the dataflow: per variable, the kinds it may hold ---- */

/* State: word 0 is 1 when reached; then one word per variable. */
static void k_init(void *ctx, void *state) {
  codes_ctx *c = ctx;
  unsigned *s = state;
  s[0] = 1;
  for (int v = 0; v < c->f->nparams; v++) s[1 + v] = v < CODE_MAX_PARAMS ? CODE_PARAM0 << v : CODE_OTHER;
}

static unsigned arg_kind(const codes_ctx *c, const unsigned *s, const ir_arg *a) {
  if ((a->kind == ARG_VAR || a->kind == ARG_OTHER) && a->var >= 0 && ir_var_is_local(c->f, a->var))
    return s[1 + a->var];
  if (a->kind == ARG_CALL) return c->call_kind[a->call];
  return CODE_OTHER;
}

/* The one parameter a kind says the value is, or -1. */
static int only_param(unsigned k) {
  if (k < CODE_PARAM0 || (k & (k - 1))) return -1;
  int i = 0;
  while (k > CODE_PARAM0) k >>= 1, i++;
  return i;
}

/* A call of f whose result, or a variable's definition from it, is of this kind. */
static int source_of(const codes_ctx *c, const ir_arg *a, unsigned kind) {
  if (a->kind == ARG_CALL) return a->call;
  if (a->var < 0) return -1;
  for (int i = 0; i < c->f->ncalls; i++)
    if (c->f->calls[i].result_var == a->var && c->call_kind[i] == kind) return i;
  return -1;
}

static void add_use(codes_ctx *c, code_use_kind kind, int call, int test, int param, int source) {
  code_use u = {kind, call, test, param, source};
  VEC_PUSH(c->uses, c->nuses, c->uses_cap, u);
}

/* A value of kind k given where a queue code (queue = true) or an
 * SSL_get_error() code is taken, at call `call` (argument a) or test `test`. */
static void used_as(codes_ctx *c, bool queue, unsigned k, int call, int test, int param, const ir_arg *a) {
  int i = only_param(k);
  if (i >= 0) {
    if (queue) c->own.queue_params |= 1u << i;
    else c->own.class_params |= 1u << i;
  } else if (queue && k == CODE_CLASS) {
    add_use(c, USE_CLASS_AS_QUEUE, call, test, param, a ? source_of(c, a, CODE_CLASS) : -1);
  } else if (!queue && k == CODE_QUEUE) {
    add_use(c, USE_QUEUE_AS_CLASS, call, test, param, a ? source_of(c, a, CODE_QUEUE) : -1);
  }
}

static void uses_at_call(codes_ctx *c, const unsigned *s, int call) {
  const ir_call *k = &c->f->calls[call];
  const api_error_codes *codes = &c->m->codes;
  if (k->nargs > 0 && model_name_in(codes->queue_sinks, codes->nqueue_sinks, k->callee)) {
    used_as(c, true, arg_kind(c, s, &k->args[0]), call, -1, -1, &k->args[0]);
    return;
  }
  const api_function *api = k->via_pointer ? NULL : model_lookup(c->m, k->callee);
  if (api && api->role == ROLE_CLASSIFY && api->ret_arg >= 0 && api->ret_arg < k->nargs) {
    const ir_arg *a = &k->args[api->ret_arg];
    unsigned kind = arg_kind(c, s, a);
    if (kind && !(kind & ~(unsigned)(CODE_OPENSSL | CODE_QUEUE | CODE_CLASS))) /* a classification's code too */
      add_use(c, USE_NOT_IO_RESULT, call, -1, -1,
              source_of(c, a, kind & CODE_QUEUE ? CODE_QUEUE : kind & CODE_CLASS ? CODE_CLASS : CODE_OPENSSL));
    return;
  }
  const call_target *t = project_call(c, k);
  if (!t) return;
  unsigned qp = ~0u, cp = ~0u; /* what every definition does with each parameter */
  for (int d = 0; d < t->ndefs; d++) {
    qp &= c->sums[t->defs[d]].queue_params;
    cp &= c->sums[t->defs[d]].class_params;
  }
  for (int i = 0; i < k->nargs && i < CODE_MAX_PARAMS; i++) {
    bool q = qp >> i & 1, cl = cp >> i & 1;
    if (q != cl) used_as(c, q, arg_kind(c, s, &k->args[i]), call, -1, i, &k->args[i]);
  }
}

/* The comparisons evaluated in the block; of a switch's labels, the first
 * confused one stands for the switch. */
static void uses_at_tests(codes_ctx *c, const unsigned *s, int block) {
  const api_error_codes *codes = &c->m->codes;
  int reported = -1; /* a comparison of this block already reported */
  for (int t = 0; t < c->f->ntests; t++) {
    const ir_test *test = &c->f->tests[t];
    if (test->block != block || !test->const_name) continue;
    if (reported >= 0 && c->f->tests[reported].var == test->var && c->f->tests[reported].call == test->call) continue;
    bool reason = model_prefix_in(codes->reason_prefixes, codes->nreason_prefixes, test->const_name);
    /* SSL_ERROR_NONE is 0, which is also the queue's "no error": not a confusion. */
    bool cls = test->value != 0 &&
               model_prefix_in(codes->classification_prefixes, codes->nclassification_prefixes, test->const_name);
    if (!reason && !cls) continue;
    ir_arg a = {.kind = test->call >= 0 ? ARG_CALL : ARG_VAR, .var = test->var, .call = test->call};
    int before = c->nuses;
    used_as(c, reason, arg_kind(c, s, &a), -1, t, -1, &a);
    if (c->nuses > before) reported = t;
  }
}

static void k_transfer(void *ctx, int block, void *state) {
  codes_ctx *c = ctx;
  unsigned *s = state;
  const ir_function *f = c->f;
  const ir_block *b = &f->blocks[block];
  for (int i = 0; i < b->nev; i++) {
    const ir_event *ev = &b->ev[i];
    switch (ev->kind) {
    case EV_DEF:
      /* 0 is "no error" in both kinds of code: it says nothing of the variable's kind
       * (`e = n > 0 ? 0 : SSL_get_error(s, n);`) */
      if (ir_var_is_local(f, ev->var))
        s[1 + ev->var] = ev->src_call >= 0                 ? c->call_kind[ev->src_call]
                         : ev->has_value && ev->value == 0 ? 0
                                                           : CODE_OTHER;
      break;
    case EV_CALL:
    case EV_STORE: /* may change any variable whose address is taken */
      if (c->record && ev->kind == EV_CALL) uses_at_call(c, s, ev->call);
      for (int j = 0; j < c->naliased; j++) s[1 + c->aliased[j]] = CODE_OTHER;
      break;
    case EV_RETURN:
      if (!c->record) break;
      if (ev->call >= 0) c->returned |= c->call_kind[ev->call];
      else if (ev->var >= 0 && ir_var_is_local(f, ev->var)) c->returned |= s[1 + ev->var];
      else if (ev->ret < 0 || f->rets[ev->ret].nvals < 0) c->returned |= CODE_OTHER;
      break;
    }
  }
  if (c->record) uses_at_tests(c, s, block);
}

static bool k_join(void *ctx, void *dst, const void *src) {
  const codes_ctx *c = ctx;
  unsigned *d = dst;
  const unsigned *s = src;
  bool changed = false;
  for (int i = 0; i <= c->f->nvars; i++) {
    unsigned v = d[i] | s[i];
    changed |= v != d[i];
    d[i] = v;
  }
  return changed;
}

/* Whether the dataflow can find anything in f (c->call_kind known): a call
 * gives a queue or SSL_get_error() code, takes one (a sink, or a helper that
 * uses a parameter as one kind only), or a comparison names such a constant.
 * Else f's summary is empty and it has no uses (only such calls and tests
 * make them), and the dataflow need not run. */
static bool may_find_something(const codes_ctx *c) {
  const ir_function *f = c->f;
  const api_error_codes *codes = &c->m->codes;
  for (int i = 0; i < f->ncalls; i++) {
    const ir_call *k = &f->calls[i];
    if (c->call_kind[i] & (CODE_QUEUE | CODE_CLASS)) return true; /* a source (SSL_get_error's calls among them) */
    if (k->nargs > 0 && model_name_in(codes->queue_sinks, codes->nqueue_sinks, k->callee)) return true;
    const call_target *t = project_call(c, k);
    if (!t) continue;
    unsigned qp = ~0u, cp = ~0u;
    for (int d = 0; d < t->ndefs; d++) {
      qp &= c->sums[t->defs[d]].queue_params;
      cp &= c->sums[t->defs[d]].class_params;
    }
    int n = k->nargs < CODE_MAX_PARAMS ? k->nargs : CODE_MAX_PARAMS;
    if (n > 0 && ((qp ^ cp) & (n >= 32 ? ~0u : (1u << n) - 1))) return true;
  }
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *test = &f->tests[t];
    if (!test->const_name) continue;
    if (model_prefix_in(codes->reason_prefixes, codes->nreason_prefixes, test->const_name)) return true;
    if (test->value != 0 &&
        model_prefix_in(codes->classification_prefixes, codes->nclassification_prefixes, test->const_name))
      return true;
  }
  return false;
}

/* One pass over f: its summary, and its confused uses (*uses: the caller frees them). */
static code_summary analyze(const project *p, const code_summary *sums, const ir_function *f, code_use **uses,
                            int *nuses) {
  codes_ctx c = {.p = p, .sums = sums, .f = f, .m = project_model_of(p, f)};
  *uses = NULL;
  *nuses = 0;
  if (f->nvars > MAX_VARS || !f->nblocks) return c.own;
  c.call_kind = xmalloc(((size_t)f->ncalls + 1) * sizeof *c.call_kind);
  for (int i = 0; i < f->ncalls; i++) c.call_kind[i] = kind_of_call(&c, i);
  if (!may_find_something(&c)) {
    free(c.call_kind);
    return c.own;
  }
  c.aliased = xmalloc(((size_t)f->nvars + 1) * sizeof *c.aliased);
  for (int v = 0; v < f->nvars; v++)
    if (f->vars[v].addr_taken && ir_var_is_local(f, v)) c.aliased[c.naliased++] = v;
  dataflow_ops ops = {((size_t)f->nvars + 1) * sizeof(unsigned), k_init, k_transfer, NULL, k_join};
  unsigned char *in = dataflow_solve(f, &ops, &c);
  unsigned *s = xmalloc(ops.state_size);
  c.record = true;
  for (int b = 0; b < f->nblocks; b++) {
    memcpy(s, in + (size_t)b * ops.state_size, ops.state_size);
    if (s[0]) k_transfer(&c, b, s);
  }
  free(s);
  free(in);
  free(c.call_kind);
  free(c.aliased);
  c.own.returns = c.returned == CODE_QUEUE || c.returned == CODE_CLASS ? c.returned : 0;
  *uses = c.uses;
  *nuses = c.nuses;
  return c.own;
}

void error_codes_summaries_free(code_summary *sums, int n) {
  for (int i = 0; sums && i < n; i++) free(sums[i].uses);
  free(sums);
}

static bool summary_equal(const code_summary *a, const code_summary *b) {
  return a->queue_params == b->queue_params && a->class_params == b->class_params && a->returns == b->returns;
}

/* Whether f calls a project function whose summary changed in the last round. */
static bool calls_changed(const project *p, const ir_function *f, const bool *changed) {
  for (int k = 0; k < f->ncalls; k++) {
    const ir_call *c = &f->calls[k];
    if (!c->callee || c->via_pointer) continue;
    const call_target *t = project_call_target(p, f, c);
    for (int d = 0; d < t->ndefs && d < CALL_MAX_DEFS; d++)
      if (changed[t->defs[d]]) return true;
  }
  return false;
}

code_summary *error_codes_summarize(const project *p) {
  code_summary *sums = xcalloc((size_t)p->nfns + 1, sizeof *sums);
  bool *changed = xcalloc((size_t)p->nfns + 1, sizeof *changed);
  bool *next = xcalloc((size_t)p->nfns + 1, sizeof *next);
  for (int i = 0; i < p->nfns; i++) changed[i] = true; /* the first round: every function */
  bool any = true;
  for (int round = 0; any && round < MAX_ROUNDS; round++) {
    any = false;
    for (int i = 0; i < p->nfns; i++) {
      next[i] = false;
      if (round > 0 && !calls_changed(p, p->fns[i], changed)) continue;
      /* A function is analyzed again after any change of a callee's summary,
       * so the uses of its last pass are those of the settled summaries. */
      code_use *uses = NULL;
      int nuses = 0;
      code_summary s = analyze(p, sums, p->fns[i], &uses, &nuses);
      free(sums[i].uses);
      sums[i].uses = uses;
      sums[i].nuses = nuses;
      if (!summary_equal(&s, &sums[i])) {
        s.uses = uses;
        s.nuses = nuses;
        sums[i] = s;
        next[i] = any = true;
      }
    }
    bool *t = changed;
    changed = next;
    next = t;
  }
  for (int i = 0; any && i < p->nfns; i++) { /* not settled: the uses as the summaries stand */
    if (!calls_changed(p, p->fns[i], changed)) continue;
    code_use *uses = NULL;
    int nuses = 0;
    analyze(p, sums, p->fns[i], &uses, &nuses);
    free(sums[i].uses);
    sums[i].uses = uses;
    sums[i].nuses = nuses;
  }
  free(changed);
  free(next);
  return sums;
}

bool error_codes_ignore_unexpected_eof(const project *p) {
  for (int i = 0; i < p->nfns; i++) {
    const ir_function *f = p->fns[i];
    const api_error_codes *codes = &project_model_of(p, f)->codes;
    if (!codes->ignore_eof_option || !project_in_scope(p, i)) continue;
    for (int k = 0; k < f->ncalls; k++) {
      const ir_call *c = &f->calls[k];
      if (c->nargs < 2 || !model_name_in(codes->option_setters, codes->noption_setters, c->callee)) continue;
      if (c->args[1].kind == ARG_CONST && (c->args[1].value & codes->ignore_eof_option)) return true;
    }
  }
  return false;
}
