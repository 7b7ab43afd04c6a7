/* OSSL001 stale-error-queue: an I/O call whose result is classified by
 * SSL_get_error, while on some path the thread's error queue may still hold an
 * error (nothing cleared it since function entry or since the last call that
 * can push one). SSL_get_error then reports that old error instead. */
#include "path.h"
#include "registry.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

/* One place on the caller path (caller_chain). */
typedef struct {
  ir_loc loc;
  char *msg;
  const char *kind;
} chain_step;

/* The caller path that brings an error to f's entry, from f outwards: each
 * call site up to the call that may leave the error, or to an entry point. */
static int caller_chain(const rule_ctx *ctx, chain_step *out, int max) {
  const project *p = ctx->p;
  if (!p->entry_via) return 0;
  int n = 0, fn = ctx->f->id;
  enum { MAX_CALLERS = 8 };
  for (int step = 0; step < MAX_CALLERS && n < max - 1; step++) {
    const entry_link *l = &p->entry_via[fn];
    const ir_function *callee = p->fns[fn];
    if (l->kind != ENTRY_CALLED) {
      /* f itself with no caller in the run: the note above says it */
      if (step == 0 && (l->kind == ENTRY_NO_CALLER || l->kind == ENTRY_UNREACHED)) return n;
      const char *why = l->kind == ENTRY_ADDRESS_TAKEN ? "its address is taken, so its callers are not known"
                        : l->kind == ENTRY_CONFIGURED  ? "it is an entry point of the configuration"
                        : l->kind == ENTRY_NO_CALLER   ? "nothing in the run calls it"
                                                       : "no entry point of the run reaches it";
      out[n++] = (chain_step){callee->loc, xasprintf("%s() may be entered with an error on the queue: %s",
                                                     callee->name, why), "entry"};
      return n;
    }
    const ir_function *caller = p->fns[l->caller];
    const ir_call *site = &caller->calls[l->call];
    out[n++] = (chain_step){site->loc,
                            site->via_pointer
                                ? xasprintf("%s() calls %s() here, through a pointer of its type%s%s%s, where the "
                                            "queue may hold an error",
                                            caller->name, callee->name, site->callee ? " (`" : "",
                                            site->callee ? site->callee : "", site->callee ? "`)" : "")
                                : xasprintf("%s() calls %s() here, where the queue may hold an error", caller->name,
                                            callee->name),
                            "caller"};
    if (l->origin >= 0) {
      const ir_call *o = &caller->calls[l->origin];
      out[n++] = (chain_step){o->loc, xasprintf("%s() may leave an error on the queue",
                                                o->macro ? o->macro : o->callee ? o->callee : "this call"), "push"};
      return n;
    }
    fn = l->caller;
  }
  return n;
}

enum { MAX_CHAIN = 16 };

/* The caller path as notes, from f outwards. */
static void note_callers(const rule_ctx *ctx, finding *fd) {
  chain_step chain[MAX_CHAIN];
  int n = caller_chain(ctx, chain, MAX_CHAIN);
  for (int i = 0; i < n; i++) finding_note_add(fd, chain[i].loc, chain[i].msg);
}

/* The caller path as the first steps of the path, from where the error comes
 * in; true when its last step is f's own entry (f has no caller: an entry point). */
static bool step_callers(const rule_ctx *ctx, finding *fd) {
  chain_step chain[MAX_CHAIN];
  int n = caller_chain(ctx, chain, MAX_CHAIN);
  for (int i = n - 1; i >= 0; i--) finding_step_add(fd, chain[i].loc, chain[i].kind, chain[i].msg);
  return n == 1 && !strcmp(chain[0].kind, "entry");
}

/* Whether call c runs in block b (before event `before`). */
static bool runs_in(const ir_function *f, int b, int c, int before) {
  for (int i = 0; i < f->blocks[b].nev && i < before; i++)
    if (f->blocks[b].ev[i].kind == EV_CALL && f->blocks[b].ev[i].call == c) return true;
  return false;
}

/* The path of a finding at I/O call io classified by k: where the error comes
 * from (the caller path and f's entry, a call that may push, or io itself on
 * the loop's previous pass), the branches taken to io on a witness of the
 * queue analysis, io, the branches to k, and k. */
static void add_path(const rule_ctx *ctx, finding *fd, int io, int k, unsigned state, int origin, bool wrapped) {
  const ir_function *f = ctx->f;
  const char *name = rule_callee(f, io);
  queue_witness w = {0};
  bool have = false;
  if (wrapped) {
    finding_step_add(fd, f->calls[io].loc, "io",
                     xasprintf("inside %s() nothing clears the queue before its I/O call: an error "
                               "already there stays",
                               name));
  } else {
    unsigned want = state & Q_DIRTY ? Q_DIRTY : Q_ENTRY;
    have = facts_queue_witness(ctx->p, f, ctx->x, io, want, want == Q_DIRTY ? origin : -1, &w);
    if (have && want == Q_DIRTY) origin = w.origin;
    int io_block = have ? w.blocks[w.n - 1] : -1, io_ev = 0;
    for (int i = 0; have && i < f->blocks[io_block].nev; i++)
      if (f->blocks[io_block].ev[i].kind == EV_CALL && f->blocks[io_block].ev[i].call == io) io_ev = i;
    int from = 0, from_ev = -1; /* where the error comes in, on the witness */
    if (want == Q_DIRTY && origin >= 0 && have) {
      from = -1;
      for (int p = w.n - 1; p >= 0 && from < 0; p--)
        if (runs_in(f, w.blocks[p], origin, p == w.n - 1 ? io_ev : f->blocks[w.blocks[p]].nev)) from = p;
      for (int i = 0; from >= 0 && i < f->blocks[w.blocks[from]].nev; i++)
        if (f->blocks[w.blocks[from]].ev[i].kind == EV_CALL && f->blocks[w.blocks[from]].ev[i].call == origin)
          from_ev = i;
      if (from < 0) from = 0;
    }
    if (want == Q_DIRTY && origin == io) {
      finding_step_add(fd, f->calls[io].loc, "push",
                       xasprintf("%s() may leave an error on the queue (a pass through the loop)", name));
    } else if (want == Q_DIRTY && origin >= 0) {
      finding_step_add(fd, f->calls[origin].loc, "push",
                       xasprintf("%s() may leave an error on the queue", rule_callee(f, origin)));
    } else {
      if (!(want == Q_ENTRY && step_callers(ctx, fd)))
        finding_step_add(fd, f->loc, "entry",
                         xasprintf("%s() starts here, with whatever its caller left on the queue", f->name));
    }
    if (have) path_add_walk(fd, f, ctx->x, w.blocks, w.edges, w.n, from, w.n - 1, from_ev, io_ev);
  }
  if (!wrapped)
    finding_step_add(fd, f->calls[io].loc, "io", xasprintf("%s() runs while nothing has cleared the queue since", name));
  bool *others = path_io_calls(f, ctx->x, io);
  path_add_between_calls(fd, f, io, k, others);
  free(others);
  finding_step_add(fd, f->calls[k].loc, "classify",
                   xasprintf("%s() classifies the result, and may report the stale error instead",
                             rule_callee(f, k)));
  queue_witness_free(&w);
}

/* The codes a comparison with which tells nothing a stale error changes:
 * SSL_ERROR_NONE (a failed I/O call never gets it, whatever the queue holds),
 * and SSL_ERROR_WANT_READ/_WRITE where no BIO of the run ever asks to retry
 * (custom_bio.h: SSL_get_error() cannot give them, stale error or not). */
typedef struct {
  long long none, want_read, want_write;
  bool no_wants;
} moot_codes;

static bool moot_code(const moot_codes *m, long long v) {
  return v == m->none || (m->no_wants && (v == m->want_read || v == m->want_write));
}

/* Whether a test in block b of the classification (call k, or variable v)
 * tells one code from another, rather than only a moot code from the rest. */
static bool test_tells_codes(const ir_block *b, int k, int v, const moot_codes *m) {
  long long none = m->none;
  if (b->cmp_op != CMP_NONE && ((k >= 0 && b->cmp_call == k) || (v >= 0 && b->cmp_var == v)))
    return !((b->cmp_op == CMP_EQ || b->cmp_op == CMP_NE) && moot_code(m, b->cmp_k));
  for (int e = 0; e < b->nsucc; e++) /* a switch */
    if (b->succ[e].kind == IR_EDGE_CASE || b->succ[e].kind == IR_EDGE_DEFAULT) return true;
  return none != 0; /* a truth test */
}

/* Whether variable v, holding classification k from event ev of block b0,
 * reaches a use that can tell one code from another while it may hold a code
 * other than SSL_ERROR_NONE: a test of another code, a switch, a return, an
 * argument. Edges of a test that admit only SSL_ERROR_NONE are not followed
 * (`if ((n = SSL_get_error(ssl, n))) return -1; ... return n;`). */
static bool classified_var_matters(const ir_function *f, int k, int v, int b0, int ev0, const moot_codes *m) {
  long long none = m->none;
  const ir_var *var = &f->vars[v];
  if (var->escapes || var->addr_taken || var->path_root >= 0 || var->is_global) return true;
  /* read inside an expression the events do not show (`Val_int(err)`, an
   * arithmetic macro handing the code on), this classification its only value */
  if (var->hidden_reads && ir_defined_only_by_call(f, v, k)) return true;
  bool matters = false;
  bool *seen = xcalloc((size_t)f->nblocks, sizeof *seen);
  int *work = xmalloc((size_t)f->nblocks * sizeof *work);
  int nwork = 0;
  int b = b0, start = ev0 + 1;
  for (;;) {
    const ir_block *blk = &f->blocks[b];
    bool killed = false;
    for (int i = start; i < blk->nev && !killed && !matters; i++) {
      const ir_event *e = &blk->ev[i];
      if (e->kind == EV_RETURN && e->var == v) matters = true;
      else if ((e->kind == EV_DEF || e->kind == EV_STORE) && e->src_var == v && e->var != v)
        matters = true; /* copied (`saved = err;`): not followed further */
      else if (e->kind == EV_DEF && e->var == v) killed = true;
      else if (e->kind == EV_CALL && e->call != k)
        for (int a = 0; a < f->calls[e->call].nargs; a++)
          if (f->calls[e->call].args[a].kind == ARG_VAR && f->calls[e->call].args[a].var == v) matters = true;
    }
    if (matters) break;
    if (!killed) {
      bool tested = ir_block_tests(blk, k, v);
      if (tested && test_tells_codes(blk, k, v, m)) {
        matters = true;
        break;
      }
      for (int e = 0; e < blk->nsucc; e++) {
        int to = blk->succ[e].to;
        if (seen[to]) continue;
        /* followed where the value may still be a code other than NONE */
        if (tested && !ir_value_edge_admits(blk, e, k, v, none == 0 ? 1 : 0)) continue;
        seen[to] = true;
        work[nwork++] = to;
      }
    }
    if (!nwork) break;
    b = work[--nwork];
    start = 0;
  }
  free(seen);
  free(work);
  return matters;
}

/* Whether a stale error can change what the code does with classification k.
 * It cannot when the result is discarded (`(void)SSL_get_error(...);`), or
 * when its only use is a branch on whether it is SSL_ERROR_NONE
 * (`if (SSL_get_error(...))`, `0 != SSL_get_error(...)`): after a failed I/O
 * call it is never SSL_ERROR_NONE, whatever the queue holds. A result
 * returned, passed on or tested against another code matters; so does a
 * variable holding it that reaches such a use while it may be another code. */
static bool classification_matters(const rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
  const ir_call *c = &f->calls[k];
  if (ctx->x->effects[k].resolved_by_summary) return true; /* a wrapper decides inside */
  if (c->result_discarded) return false;
  if (c->result_returned || c->result_escapes) return true;
  const api_model *model = ctx->p->model;
  moot_codes m = {model->ssl_error_none, model->ssl_error_want_read, model->ssl_error_want_write,
                  project_run_facts(ctx->p, f)->reads_never_retry && project_run_facts(ctx->p, f)->writes_never_retry};
  if (c->result_var >= 0) {
    for (int b = 0; b < f->nblocks; b++)
      for (int i = 0; i < f->blocks[b].nev; i++) {
        const ir_event *e = &f->blocks[b].ev[i];
        if (e->kind == EV_DEF && e->src_call == k && e->var == c->result_var)
          return classified_var_matters(f, k, c->result_var, b, i, &m);
      }
    return true;
  }
  for (int i = 0; i < f->nblocks; i++) {
    const ir_block *b = &f->blocks[i];
    if ((b->cmp_op != CMP_NONE && b->cmp_call == k) || b->cond_call == k) return test_tells_codes(b, k, -1, &m);
  }
  return true;
}

/* Whether classification k classifies a result kept in a field (given the
 * field, `SSL_get_error(b->ssl, b->ret)`, or a classifier of one that reads
 * it itself), linked to the last I/O call before it: the result there may be
 * an earlier call's. (`SSL_get_error(s, -1)` means the last call.) */
static bool classifies_last_io(const ir_function *f, const fn_facts *x, int k) {
  int a = x->effects[k].ret_arg;
  if (a < 0 || a >= f->calls[k].nargs) return x->effects[k].classifies_stored;
  return f->calls[k].args[a].kind == ARG_OTHER && f->calls[k].args[a].var < 0;
}

/* Whether another TLS I/O call of f may run before I/O call io: then a
 * classification linked to io as the last I/O call may be of that other
 * call's result (another connection's, kept in a field), and a clear right
 * before io would empty the queue between that call and its classification. */
static bool other_io_before(const ir_function *f, const fn_facts *x, int io) {
  int ib, ie;
  if (!ir_call_position(f, io, &ib, &ie)) return true;
  for (int j = 0; j < f->ncalls; j++) {
    int jb, je;
    block_path p;
    if (j == io || !(x->effects[j].is_io || x->effects[j].own_io) || !ir_call_position(f, j, &jb, &je)) continue;
    if (!path_between(f, jb, je, ib, ie, NULL, &p)) continue;
    block_path_free(&p);
    return true;
  }
  return false;
}

void ossl001_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  int *classify_of = xmalloc(((size_t)f->ncalls + 1) * sizeof *classify_of);
  for (int i = 0; i < f->ncalls; i++) classify_of[i] = -1;
  for (int i = x->nlinks - 1; i >= 0; i--)
    if (classification_matters(ctx, x->links[i].classify)) classify_of[x->links[i].io] = x->links[i].classify;
  for (int io = 0; io < f->ncalls; io++) {
    int k = classify_of[io];
    if (k < 0) continue;
    unsigned state = facts_io_state(x, io);
    /* The function's entry counts only where some caller may bring an error. */
    bool from_entry = (state & Q_ENTRY) && (project_entry_of(ctx->p, f->id) & Q_DIRTY);
    if (!(state & Q_DIRTY) && !from_entry) continue;
    const char *name = rule_callee(f, io);
    /* A classification of a result kept in a field, where another I/O call
     * may have run first: the result may be that call's, which a clear right
     * before this one would empty (no fix-it; the advice says so). */
    bool other_result = classifies_last_io(f, x, k) && other_io_before(f, x, io);
    const char *advice = other_result ? ", given a result kept in a field, can misclassify; an earlier I/O call "
                                        "may be the one it means: clear the queue right before the I/O call whose "
                                        "result it classifies, and run nothing between"
                                      : " can misclassify its result; call ERR_clear_error() right before it";
    finding *fd = findings_add(ctx->out, ctx->rule, f->calls[io].loc,
                               xasprintf("%s() may run with a stale error on the thread's error queue, so %s()%s",
                                         name, rule_callee(f, k), advice));
    int origin = x->in_origin[io];
    bool wrapped_dirty = x->effects[io].is_io && (x->effects[io].io_in_mask & Q_DIRTY);
    if (wrapped_dirty) {
      finding_note_add(fd, f->calls[io].loc,
                       xasprintf("inside %s() nothing clears the queue before its I/O call", name));
    } else if ((state & Q_DIRTY) && origin == io) {
      finding_note_add(fd, f->calls[io].loc,
                       xasprintf("on the previous pass through the loop, %s() itself may leave an "
                                 "error on the queue",
                                 name));
    } else if ((state & Q_DIRTY) && origin >= 0) {
      finding_note_add(fd, f->calls[origin].loc,
                       xasprintf("%s() may leave an error on the queue", rule_callee(f, origin)));
    } else {
      finding_note_add(fd, f->loc,
                       xasprintf("nothing clears the queue between the start of %s() and the I/O "
                                 "call on some path",
                                 f->name));
      note_callers(ctx, fd);
    }
    finding_note_add(fd, f->calls[k].loc, xasprintf("the result is classified here"));
    add_path(ctx, fd, io, k, state, origin, wrapped_dirty);
    if (f->calls[io].has_clear_fix && !wrapped_dirty && !other_result)
      finding_set_fix(fd, f->calls[io].fix_loc, f->calls[io].fix_text);
  }
  free(classify_of);
}
