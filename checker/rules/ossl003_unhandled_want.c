/* OSSL003 unhandled-want: a classification whose result is tested for only one
 * of SSL_ERROR_WANT_READ and SSL_ERROR_WANT_WRITE. Any I/O call can return
 * either on a non-blocking connection (a read may need to write during a key
 * update or renegotiation), so the other falls into the fatal path.
 * Blocking code: a classification that tests neither is taken as blocking and
 * not reported, unless the function also compares errno with EAGAIN/EWOULDBLOCK. */
#include "registry.h"

#include "util.h"

#include <stdlib.h>

static bool result_leaves_function(const ir_function *f, const ir_call *c) {
  if (c->result_returned || c->result_escapes) return true;
  int v = c->result_var;
  return v >= 0 && (f->var_returned[v] || f->var_escapes[v]);
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

/* WANT_*_BIT the classification k's result is tested for; *tested if it is tested at all. */
static int handled_by(const rule_ctx *ctx, int k, bool *tested) {
  const ir_function *f = ctx->f;
  const api_model *m = ctx->p->model;
  const ir_call *c = &f->calls[k];
  int handled = 0;
  for (int t = 0; t < f->ntests; t++) {
    const ir_test *test = &f->tests[t];
    if (test->call != k && (c->result_var < 0 || test->var != c->result_var)) continue;
    *tested = true;
    if (test->value == m->ssl_error_want_read) handled |= WANT_READ_BIT;
    if (test->value == m->ssl_error_want_write) handled |= WANT_WRITE_BIT;
  }
  return handled;
}

static bool same_io(const fn_facts *x, int k1, int k2) {
  for (int i = 0; i < x->nlinks; i++)
    for (int j = 0; j < x->nlinks; j++)
      if (x->links[i].classify == k1 && x->links[j].classify == k2 && x->links[i].io == x->links[j].io)
        return true;
  return false;
}

void ossl003_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  int *handled = xcalloc((size_t)f->ncalls + 1, sizeof *handled);
  bool *tested = xcalloc((size_t)f->ncalls + 1, sizeof *tested);
  for (int k = 0; k < f->ncalls; k++)
    if (x->effects[k].is_classify) handled[k] = handled_by(ctx, k, &tested[k]);
  int queries = want_queries(ctx);
  for (int k = 0; k < f->ncalls; k++) {
    if (!x->effects[k].is_classify || !tested[k]) continue;
    const ir_call *c = &f->calls[k];
    if (result_leaves_function(f, c)) continue;
    int bits = handled[k] | queries;
    for (int j = 0; j < f->ncalls; j++) /* other classifications of the same I/O call */
      if (j != k && x->effects[j].is_classify && handled[j] && same_io(x, k, j)) bits |= handled[j];
    const char *name = rule_callee(f, k);
    bool own = (handled[k] | queries) != 0; /* report where the want is tested */
    if ((bits == WANT_READ_BIT || bits == WANT_WRITE_BIT) && own) {
      const char *has = bits == WANT_READ_BIT ? "SSL_ERROR_WANT_READ" : "SSL_ERROR_WANT_WRITE";
      const char *lacks = bits == WANT_READ_BIT ? "SSL_ERROR_WANT_WRITE" : "SSL_ERROR_WANT_READ";
      findings_add(ctx->out, ctx->rule, c->loc,
                   xasprintf("the result of %s() is checked for %s but not %s: on a non-blocking "
                             "connection any I/O call can return either, and %s falls into the "
                             "error path",
                             name, has, lacks, lacks));
    } else if (bits == 0 && f->tests_eagain) {
      findings_add(ctx->out, ctx->rule, c->loc,
                   xasprintf("the result of %s() is checked for neither SSL_ERROR_WANT_READ nor "
                             "SSL_ERROR_WANT_WRITE, although %s() tests EAGAIN (a non-blocking "
                             "socket)",
                             name, f->name));
    }
  }
  free(handled);
  free(tested);
}
