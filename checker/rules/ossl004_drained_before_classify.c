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

void ossl004_check(rule_ctx *ctx) {
  drained_inside_classifier(ctx);
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
