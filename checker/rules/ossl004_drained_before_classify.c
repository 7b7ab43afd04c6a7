/* OSSL004 drained-before-classify: a call that drains, prints, describes or
 * clears the error queue between an I/O call and its classification. The
 * error is gone when SSL_get_error looks, so a fatal error reads as
 * SSL_ERROR_SYSCALL or worse (libwebsockets lws_tls_server_accept). */
#include "path.h"
#include "registry.h"

#include "util.h"

#include <stdlib.h>

/* A classification by a project function that drains the queue itself
 * before it classifies (`ERR_print_errors_fp(stderr); return
 * SSL_get_error(s, n);`): the same loss, inside the classifier. One finding
 * per classification, at it. */
static void drained_inside_classifier(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  bool *done = xcalloc((size_t)f->ncalls + 1, sizeof *done);
  for (int i = 0; i < x->nlinks; i++) {
    int io = x->links[i].io, k = x->links[i].classify;
    if (done[k] || !x->effects[k].drains_before_classify) continue;
    done[k] = true;
    finding *fd = findings_add(
        ctx->out, ctx->rule, f->calls[k].loc,
        xasprintf("%s() takes errors off the error queue before it classifies the result of %s(), so it "
                  "cannot see the I/O call's error; classify first, then describe the error",
                  rule_callee(f, k), rule_callee(f, io)));
    finding_note_add(fd, f->calls[io].loc, xasprintf("the I/O call"));
    path_add_drain_inside_classifier(fd, ctx->p, f, x, io, k);
  }
  free(done);
}

/* Call g if it drains the queue (and is no classification), else the call
 * among its arguments (and theirs, a few levels down) that does; or -1. */
static int draining_call(const rule_ctx *ctx, int g, int depth) {
  if (ctx->x->effects[g].drains && !ctx->x->effects[g].is_classify) return g;
  const ir_call *c = &ctx->f->calls[g];
  for (int a = 0; a < c->nargs && depth < 4; a++) {
    int d = c->args[a].kind == ARG_CALL && c->args[a].call >= 0 ? draining_call(ctx, c->args[a].call, depth + 1) : -1;
    if (d >= 0) return d;
  }
  return -1;
}

/* A classification of an I/O result and a call that drains the queue given
 * as arguments of one call (`syslog(LOG_ERR, "%d: %s", SSL_get_error(s, rc),
 * errmsg())`): C leaves the order in which a call's arguments are evaluated
 * unspecified, and GCC on x86-64 evaluates them from the right, so the drain
 * may run first and the classification then finds the queue empty. The CFG
 * takes arguments from the left: where the drain comes first there, the
 * drain is already between the two (ossl004_check's own finding). */
static void drained_in_sibling_argument(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  for (int k = 0; k < f->ncalls; k++) {
    const ir_call *c = &f->calls[k];
    int cls = -1, drain = -1;
    for (int a = 0; a < c->nargs; a++) {
      if (c->args[a].kind != ARG_CALL || c->args[a].call < 0) continue;
      int g = c->args[a].call;
      bool linked = false;
      for (int l = 0; l < x->nlinks && !linked; l++) linked = x->links[l].classify == g;
      if (x->effects[g].is_classify && linked) {
        if (cls < 0) cls = g;
      } else if (drain < 0 && !x->effects[g].is_classify) {
        drain = draining_call(ctx, g, 1);
      }
    }
    if (cls < 0 || drain < 0) continue;
    bool between = false;
    for (int i = 0; i < x->nbetween && !between; i++) between = x->between[i].call == drain && x->between[i].classify == cls;
    if (between) continue;
    finding *fd = findings_add(
        ctx->out, ctx->rule, f->calls[drain].loc,
        xasprintf("%s() and %s() are arguments of one call to %s(), and C leaves the order they run in "
                  "unspecified: %s() may take the I/O call's error off the queue first (GCC on x86-64 evaluates "
                  "them from the right); classify in a statement of its own",
                  rule_callee(f, drain), rule_callee(f, cls), rule_callee(f, k), rule_callee(f, drain)));
    finding_note_add(fd, f->calls[cls].loc, xasprintf("the classification, in the same call's arguments"));
    finding_step_add(fd, f->calls[drain].loc, "drain",
                     xasprintf("%s() may run first and take the I/O call's error off the queue", rule_callee(f, drain)));
    finding_step_add(fd, f->calls[cls].loc, "classify",
                     xasprintf("%s() classifies the I/O call's result only then", rule_callee(f, cls)));
  }
}

void ossl004_check(rule_ctx *ctx) {
  drained_inside_classifier(ctx);
  drained_in_sibling_argument(ctx);
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  for (int i = 0; i < x->nbetween; i++) {
    const between_call *b = &x->between[i];
    const call_effect *e = &x->effects[b->call];
    if (!e->drains || facts_pops_peeked_error(f, x, b->call)) continue;
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
