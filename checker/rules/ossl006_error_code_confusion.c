/* OSSL006 error-code-confusion: the two kinds of OpenSSL error code used for
 * each other, and SSL_get_error() given a value it cannot classify.
 *  - A code of the error queue (ERR_get_error(), ERR_peek_error(), ...)
 *    compared with SSL_ERROR_* codes: they are never equal when it matters
 *    (a read that would block leaves the queue empty: 0, not SSL_ERROR_WANT_READ).
 *  - An SSL_get_error() code formatted or taken apart as a queue code
 *    (ERR_error_string(), ERR_GET_REASON(), compared with SSL_R_*): the text or
 *    the reason is meaningless.
 *  - SSL_get_error() given the result of a call that is not TLS I/O, or of an
 *    I/O call that another one followed (it classifies the last one's state).
 * Through project functions by their summaries (checker/error_codes.h). */
#include "path.h"
#include "registry.h"

#include "error_codes.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The variable a use reads: the test's, or the call's argument (a queue
 * sink's first, a helper's parameter, a classification's result argument);
 * -1 when it is no variable. */
static int used_var(const rule_ctx *ctx, const code_use *u) {
  const ir_function *f = ctx->f;
  if (u->test >= 0) return f->tests[u->test].var;
  if (u->call < 0) return -1;
  const ir_call *k = &f->calls[u->call];
  int a = u->param >= 0 ? u->param : 0;
  if (u->kind == USE_NOT_IO_RESULT) a = ctx->x->effects[u->call].ret_arg;
  if (a < 0) return -1;
  return a < k->nargs && k->args[a].kind == ARG_VAR ? k->args[a].var : -1;
}

/* Whether call i gives a code of the kind the use's source gives: a call of
 * the same callee, or, of another, an OpenSSL call that is neither TLS I/O
 * nor a classification (a value SSL_get_error() cannot classify), a
 * classification, or a source of queue codes, as the source is one. */
static bool source_alike(const rule_ctx *ctx, const code_use *u, int i) {
  const ir_function *f = ctx->f;
  const char *callee = f->calls[u->source].callee, *other = f->calls[i].callee;
  if (!other || f->calls[i].via_pointer) return false;
  if (!strcmp(callee, other)) return true;
  const call_effect *e = &ctx->x->effects[i];
  const api_error_codes *codes = &project_model_of(ctx->p, f)->codes;
  switch (u->kind) {
  case USE_NOT_IO_RESULT: /* an OpenSSL call that is neither TLS I/O nor a source of queue codes,
                           * or a classification, as the source is one */
    if (ctx->x->effects[u->source].is_classify) return e->is_classify && !e->resolved_by_summary;
    return e->openssl && !e->is_io && !e->is_classify &&
           !model_name_in(codes->queue_sources, codes->nqueue_sources, other);
  case USE_CLASS_AS_QUEUE:
    return e->is_classify && !e->resolved_by_summary;
  case USE_QUEUE_AS_CLASS:
    return model_name_in(codes->queue_sources, codes->nqueue_sources, other);
  }
  return false;
}

/* The call the used code comes from: of the calls that store into the
 * variable used a code of the source's kind (one `ret` reused by two
 * handshakes of a switch; `status = BIO_write(...)`, then `status =
 * BIO_read(...)` before the classification), the first whose value reaches
 * the use, on a path that runs none of the other stores; u->source when
 * there is no other. */
static int reaching_source(const rule_ctx *ctx, const code_use *u) {
  const ir_function *f = ctx->f;
  int var = used_var(ctx, u), ub, ue;
  if (var < 0 || u->source < 0 || !f->calls[u->source].callee) return u->source;
  if (u->test >= 0) ub = f->tests[u->test].block, ue = ub >= 0 ? f->blocks[ub].nev : 0;
  else if (!ir_call_position(f, u->call, &ub, &ue)) return u->source;
  if (ub < 0) return u->source;
  bool *stores = xcalloc((size_t)f->ncalls + 1, sizeof *stores);
  int n = 0;
  for (int i = 0; i < f->ncalls; i++)
    if (f->calls[i].result_var == var) stores[i] = true, n++;
  int found = u->source;
  for (int i = 0; i < f->ncalls && n > 1; i++) {
    int sb, se;
    block_path p;
    if (!stores[i] || !source_alike(ctx, u, i) || !ir_call_position(f, i, &sb, &se)) continue;
    stores[i] = false; /* the others block the way */
    bool reaches = path_between(f, sb, se, ub, ue, stores, &p);
    stores[i] = true;
    if (!reaches) continue;
    block_path_free(&p);
    found = i;
    break;
  }
  free(stores);
  return found;
}

static void report_use(rule_ctx *ctx, const code_use *u0) {
  const ir_function *f = ctx->f;
  code_use reached = *u0;
  reached.source = reaching_source(ctx, u0);
  const code_use *u = &reached;
  const ir_test *t = u->test >= 0 ? &f->tests[u->test] : NULL;
  ir_loc at = t ? t->loc : f->calls[u->call].loc;
  const char *src = u->source >= 0 ? rule_callee(f, u->source) : NULL;
  char *msg = NULL;
  switch (u->kind) {
  case USE_QUEUE_AS_CLASS:
    if (t)
      msg = xasprintf("a code of the error queue%s%s%s is compared with %s, an SSL_get_error() code: "
                      "they are never equal (a read that would block leaves the queue empty, 0); "
                      "classify the I/O call's result with SSL_get_error()",
                      src ? " (from " : "", src ? src : "", src ? "())" : "", t->const_name);
    else
      msg = xasprintf("a code of the error queue%s%s%s is given to %s(), which compares its argument %d "
                      "with SSL_get_error() codes",
                      src ? " (from " : "", src ? src : "", src ? "())" : "", rule_callee(f, u->call),
                      u->param + 1);
    break;
  case USE_CLASS_AS_QUEUE:
    if (t)
      msg = xasprintf("an SSL_get_error() code is compared with %s, a reason code of the error queue: "
                      "the two never mean the same; take the reason from ERR_get_error()'s code "
                      "(ERR_GET_REASON())",
                      t->const_name);
    else if (u->param >= 0)
      msg = xasprintf("an SSL_get_error() code is given to %s(), which uses its argument %d as a code of "
                      "the error queue (formats it, or takes its reason): the result is meaningless",
                      rule_callee(f, u->call), u->param + 1);
    else
      msg = xasprintf("an SSL_get_error() code is given to %s(), which takes a code of the error queue "
                      "(ERR_get_error()): the result is meaningless",
                      rule_callee(f, u->call));
    break;
  case USE_NOT_IO_RESULT:
    if (u->source >= 0 && ctx->x->effects[u->source].is_classify)
      msg = xasprintf("%s() is given a code %s() returned, not an I/O call's result: it classifies "
                      "that number as a result of the I/O call that ran last; keep the first code",
                      rule_callee(f, u->call), src ? src : "a classification");
    else
      msg = xasprintf("%s() is given the result of %s(), which is not a TLS I/O call: it classifies only "
                      "the result of the I/O call that ran last (SSL_read(), SSL_write(), SSL_connect(), ...)",
                      rule_callee(f, u->call), src ? src : "another call");
    break;
  }
  finding *fd = findings_add(ctx->out, ctx->rule, at, msg);
  const char *from = u->kind == USE_CLASS_AS_QUEUE   ? "the code comes from %s() here"
                     : u->kind == USE_QUEUE_AS_CLASS ? "the code of the error queue comes from %s() here"
                                                     : "the value comes from %s() here";
  if (u->source >= 0) finding_note_add(fd, f->calls[u->source].loc, xasprintf(from, src));
  /* The path: where the code comes from, the branches taken to its use, the use. */
  if (u->source >= 0) {
    finding_step_add(fd, f->calls[u->source].loc, "source", xasprintf(from, src));
    int sb, se;
    block_path p;
    if (!t && u->call >= 0) {
      path_add_between_calls(fd, f, u->source, u->call, NULL);
    } else if (t && t->block >= 0 && ir_call_position(f, u->source, &sb, &se) &&
               path_between(f, sb, se, t->block, f->blocks[t->block].nev, NULL, &p)) {
      path_add_edges(fd, f, p.blocks, p.edges, p.n, 0, p.n - 1);
      block_path_free(&p);
    }
  }
  finding_step_add(fd, at, "use",
                   t ? xasprintf("it is compared with %s here", t->const_name)
                     : xasprintf("it is given to %s() here", rule_callee(f, u->call)));
}

/* SSL_get_error() given an I/O call's result after another I/O call ran:
 * it classifies the later call's state (a copy-paste in a request/response). */
static void earlier_io_classified(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  int reported = -1; /* one finding per classification (x->between is sorted by it) */
  for (int i = 0; i < x->nbetween; i++) {
    const between_call *b = &x->between[i];
    if (!x->effects[b->call].is_io || b->call == b->io || b->classify == reported) continue;
    reported = b->classify;
    finding *fd = findings_add(ctx->out, ctx->rule, f->calls[b->classify].loc,
                               xasprintf("%s() is given the result of %s(), but %s() ran after it: the "
                                         "classification reads the state the last I/O call left",
                                         rule_callee(f, b->classify), rule_callee(f, b->io),
                                         rule_callee(f, b->call)));
    finding_note_add(fd, f->calls[b->io].loc, xasprintf("the value classified comes from %s() here", rule_callee(f, b->io)));
    finding_note_add(fd, f->calls[b->call].loc, xasprintf("%s() runs in between", rule_callee(f, b->call)));
    path_add_between(fd, f, x, b, "io",
                     xasprintf("%s() runs in between: SSL_get_error() will read its state", rule_callee(f, b->call)));
  }
}

/* Whether use u is a comparison and another of the same value, of the same
 * kind, is written before it (an if-chain or a switch: one finding). */
static bool repeated_comparison(const ir_function *f, const code_use *uses, int n, int u) {
  if (uses[u].test < 0) return false;
  const ir_test *t = &f->tests[uses[u].test];
  for (int i = 0; i < n; i++) {
    if (i == u || uses[i].test < 0 || uses[i].kind != uses[u].kind) continue;
    const ir_test *o = &f->tests[uses[i].test];
    if (o->var != t->var || o->call != t->call) continue;
    if (o->loc.line < t->loc.line || (o->loc.line == t->loc.line && o->loc.col < t->loc.col)) return true;
  }
  return false;
}

/* SSL_get_error() given a variable that holds, on every way there, the truth
 * of a comparison of a call's result (`if ((r = SSL_connect(s) < 1)) ...
 * SSL_get_error(s, r)`: `<` binds before `=`, tn5250's sslstream.c): 1 on
 * the failure's way, for which it says SSL_ERROR_NONE without looking at
 * the failure. */
static void truth_classified(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  for (int k = 0; k < f->ncalls; k++) {
    const call_effect *e = &ctx->x->effects[k];
    const ir_call *c = &f->calls[k];
    if (!e->is_classify || e->ret_arg < 0 || e->ret_arg >= c->nargs || c->args[e->ret_arg].kind != ARG_VAR ||
        !facts_call_reached(ctx->x, k))
      continue;
    int b, at;
    int src = ir_call_position(f, k, &b, &at) ? ir_var_truth_at(f, c->args[e->ret_arg].var, b, at) : -1;
    if (src < 0) continue;
    finding *fd = findings_add(
        ctx->out, ctx->rule, c->loc,
        xasprintf("%s() is given the truth of a comparison of %s()'s result (0 or 1), not the result: it says "
                  "SSL_ERROR_NONE for 1 and takes 0 for a result the call never gave; assign the result "
                  "first, then compare (`(r = %s(...)) < 1`)",
                  rule_callee(f, k), rule_callee(f, src), rule_callee(f, src)));
    finding_note_add(fd, f->calls[src].loc, xasprintf("the comparison of %s()'s result is assigned here", rule_callee(f, src)));
    finding_step_add(fd, f->calls[src].loc, "source",
                     xasprintf("the variable is given the truth of a comparison of %s()'s result", rule_callee(f, src)));
    finding_step_add(fd, c->loc, "use", xasprintf("it is given to %s() here", rule_callee(f, k)));
  }
}

void ossl006_check(rule_ctx *ctx) {
  if (!ctx->p->codes) return;
  const code_summary *s = &ctx->p->codes[ctx->f->id]; /* its uses, found with the summaries */
  for (int i = 0; i < s->nuses; i++) {
    const code_use *u = &s->uses[i];
    int b = u->test >= 0 ? ctx->f->tests[u->test].block : u->call >= 0 ? ctx->x->call_block[u->call] : -1;
    if (b >= 0 && !ctx->x->block_reached[b]) continue; /* dead code */
    if (!repeated_comparison(ctx->f, s->uses, s->nuses, i)) report_use(ctx, &s->uses[i]);
  }
  earlier_io_classified(ctx);
  truth_classified(ctx);
}
