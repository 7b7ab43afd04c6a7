/* OSSL005 premature-close: code that takes a premature close (the peer ended
 * the transport without close_notify: a possible truncation) for a clean one.
 * Two shapes: SSL_read()'s 0 taken as the end of the data on a path that never
 * asks SSL_get_error(), and SSL_ERROR_SYSCALL/SSL_ERROR_SSL handled by the same
 * code as SSL_ERROR_ZERO_RETURN. Testing ERR_peek_error() == 0 in the same
 * condition (nginx) marks the choice as deliberate. */
#include "path.h"
#include "registry.h"

#include "util.h"

#include <stdlib.h>

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

/* Blocks reachable from `from` (included) without passing through a block that
 * classifies; `seen` gets them. */
static void reach_unclassified(const rule_ctx *ctx, int from, int var, bool *seen) {
  const ir_function *f = ctx->f;
  int *stack = xmalloc((size_t)f->nblocks * sizeof *stack), sp = 0;
  stack[sp++] = from;
  seen[from] = true;
  while (sp) {
    int b = stack[--sp];
    if (block_classifies(ctx, b, var)) continue;
    for (int e = 0; e < f->blocks[b].nsucc; e++) {
      int to = f->blocks[b].succ[e].to;
      if (!seen[to]) {
        seen[to] = true;
        stack[sp++] = to;
      }
    }
  }
  free(stack);
}

static bool exits_unclassified(const rule_ctx *ctx, int from, int var) {
  bool *seen = xcalloc((size_t)ctx->f->nblocks, sizeof *seen);
  reach_unclassified(ctx, from, var, seen);
  bool found = seen[ctx->f->exit] && !block_classifies(ctx, ctx->f->exit, var);
  free(seen);
  return found;
}

/* The block of call `io`, and whether a classification follows it there. */
static int block_of(const rule_ctx *ctx, int io, bool *classified_after) {
  const ir_function *f = ctx->f;
  for (int b = 0; b < f->nblocks; b++) {
    const ir_block *blk = &f->blocks[b];
    for (int i = 0; i < blk->nev; i++) {
      if (blk->ev[i].kind != EV_CALL || blk->ev[i].call != io) continue;
      *classified_after = false;
      for (int j = i + 1; j < blk->nev; j++)
        if (blk->ev[j].kind == EV_CALL && ctx->x->effects[blk->ev[j].call].is_classify)
          *classified_after = true;
      return b;
    }
  }
  return -1;
}

/* The path of a 0 taken as the end: the read, the branches to the test of
 * its result, the edge taken for 0, the branches to the function's exit, and
 * where it leaves (the last statement of that path). No classification runs. */
static void add_eof_path(rule_ctx *ctx, finding *fd, int io, int home, int test, int edge) {
  const ir_function *f = ctx->f;
  bool *classify = xcalloc((size_t)f->ncalls + 1, sizeof *classify);
  for (int i = 0; i < f->ncalls; i++) classify[i] = ctx->x->effects[i].is_classify;
  int io_ev = 0;
  for (int i = 0; i < f->blocks[home].nev; i++)
    if (f->blocks[home].ev[i].kind == EV_CALL && f->blocks[home].ev[i].call == io) io_ev = i;
  finding_step_add(fd, f->calls[io].loc, "io", xasprintf("%s() returns 0", rule_callee(f, io)));
  block_path to_test, to_exit;
  if (path_between(f, home, io_ev, test, f->blocks[test].nev, classify, &to_test)) {
    path_add_edges(fd, f, to_test.blocks, to_test.edges, to_test.n, 0, to_test.n - 1);
    block_path_free(&to_test);
  }
  int t = f->blocks[test].succ[edge].to;
  int path[2] = {test, t}, edges[2] = {edge, -1};
  path_add_edges(fd, f, path, edges, 2, 0, 1);
  ir_loc last = f->blocks[test].cond_loc;
  if (path_between(f, t, -1, f->exit, 0, classify, &to_exit)) {
    path_add_edges(fd, f, to_exit.blocks, to_exit.edges, to_exit.n, 0, to_exit.n - 1);
    for (int i = 0; i < to_exit.n; i++)
      if (f->blocks[to_exit.blocks[i]].loc.file) last = f->blocks[to_exit.blocks[i]].loc;
    block_path_free(&to_exit);
  }
  finding_step_add(fd, last, "exit", xasprintf("%s() goes on as if the data had ended, without SSL_get_error()", f->name));
  free(classify);
}

static void zero_taken_as_eof(rule_ctx *ctx, int io) {
  const ir_function *f = ctx->f;
  const ir_call *c = &f->calls[io];
  int v = c->result_var;
  if (c->result_returned) return; /* the caller decides */
  bool classified_at_once;
  int home = block_of(ctx, io, &classified_at_once);
  if (home < 0 || classified_at_once) return;
  /* The tests of the result that run before any classification. */
  bool *before = xcalloc((size_t)f->nblocks, sizeof *before);
  for (int e = 0; e < f->blocks[home].nsucc; e++)
    if (!before[f->blocks[home].succ[e].to]) reach_unclassified(ctx, f->blocks[home].succ[e].to, v, before);
  before[home] = true;
  for (int b = 0; b < f->nblocks; b++) {
    const ir_block *blk = &f->blocks[b];
    if (!before[b] || (b != home && block_classifies(ctx, b, -1)) ||
        (blk->cond_call != io && (v < 0 || blk->cond_var != v))) continue;
    ir_edge_kind zero = blk->cond_true_nonzero ? IR_EDGE_FALSE : IR_EDGE_TRUE;
    for (int e = 0; e < blk->nsucc; e++) {
      if (blk->succ[e].kind != zero || !exits_unclassified(ctx, blk->succ[e].to, v)) continue;
      finding *fd = findings_add(
          ctx->out, ctx->rule, c->loc,
          xasprintf("%s() returning 0 is taken as the end of the data without asking "
                    "SSL_get_error(): 0 is also what a peer that closes without close_notify "
                    "(a premature close, possibly a truncation) gives; tell "
                    "SSL_ERROR_ZERO_RETURN from the rest",
                    rule_callee(f, io)));
      finding_note_add(fd, f->calls[io].loc, xasprintf("the result tested for 0 here leaves "
                                                       "the function unclassified"));
      add_eof_path(ctx, fd, io, home, b, e);
      free(before);
      return;
    }
  }
  free(before);
}

/* Per test group: the subject tested for SSL_ERROR_SYSCALL/SSL_ERROR_SSL in it,
 * and whether it also peeks at the queue (a deliberate choice). Then the
 * subjects (calls, variables) whose ZERO_RETURN shares such a group. One pass
 * over the tests each: linear in the size of the function. */
static void flag_premature_subjects(rule_ctx *ctx, bool *bad_call, bool *bad_var) {
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
  }
  free(close_var);
  free(close_call);
  free(deliberate);
}

static void syscall_like_zero_return(rule_ctx *ctx, int k) {
  const ir_function *f = ctx->f;
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

void ossl005_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  bool *bad_call = xcalloc((size_t)f->ncalls + 1, sizeof *bad_call);
  bool *bad_var = xcalloc((size_t)f->nvars + 1, sizeof *bad_var);
  flag_premature_subjects(ctx, bad_call, bad_var);
  for (int i = 0; i < f->ncalls; i++) {
    const call_effect *e = &ctx->x->effects[i];
    if (e->is_io && e->zero_ambiguous) zero_taken_as_eof(ctx, i);
    int v = f->calls[i].result_var;
    if (e->is_classify && (bad_call[i] || (v >= 0 && bad_var[v]))) syscall_like_zero_return(ctx, i);
  }
  free(bad_call);
  free(bad_var);
}
