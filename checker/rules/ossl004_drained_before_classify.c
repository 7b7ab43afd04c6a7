/* OSSL004 drained-before-classify: a call that drains, prints, describes or
 * clears the error queue between an I/O call and its classification. The
 * error is gone when SSL_get_error looks, so a fatal error reads as
 * SSL_ERROR_SYSCALL or worse (libwebsockets lws_tls_server_accept). */
#include "path.h"
#include "registry.h"

#include "util.h"

#include <stdlib.h>

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
static bool pops_the_error_it_peeked(const ir_function *f, const fn_facts *x, int call) {
  if (!x->effects[call].pops_one) return false;
  int d, d_ev;
  if (!path_call_position(f, call, &d, &d_ev) || d == f->entry) return false;
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

void ossl004_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  for (int i = 0; i < x->nbetween; i++) {
    const between_call *b = &x->between[i];
    const call_effect *e = &x->effects[b->call];
    if (!e->drains || pops_the_error_it_peeked(f, x, b->call)) continue;
    const char *verb = e->cleans && !e->passes ? "empties" : "takes errors off";
    finding *fd = findings_add(
        ctx->out, ctx->rule, f->calls[b->call].loc,
        xasprintf("%s() %s the error queue between %s() and %s(), which then cannot see the "
                  "I/O call's error; classify first, then describe the error",
                  rule_callee(f, b->call), verb, rule_callee(f, b->io),
                  rule_callee(f, b->classify)));
    finding_note_add(fd, f->calls[b->io].loc, xasprintf("the I/O call"));
    finding_note_add(fd, f->calls[b->classify].loc, xasprintf("its result is classified here"));
    path_add_between(fd, f, x, b, "drain", xasprintf("%s() %s the queue, the I/O call's error with it",
                                                     rule_callee(f, b->call), verb));
  }
}
