/* OSSL002 interleaved-openssl-call: another OpenSSL call (or a project function
 * that makes one) between an I/O call and the SSL_get_error that classifies its
 * result. It may push an error that SSL_get_error reads instead. Queue-pure
 * getters (SSL_pending, SSL_want, ERR_peek_error, ...) are not findings, nor
 * another I/O call (the classification then takes the wrong result: OSSL006),
 * nor the code's own ERR_raise() (model `raises`: an error it puts there for
 * the classification to read, as lighttpd's replacement of a kTLS error). */
#include "path.h"
#include "registry.h"

#include "util.h"

void ossl002_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  for (int i = 0; i < x->nbetween; i++) {
    const between_call *b = &x->between[i];
    const call_effect *e = &x->effects[b->call];
    if (e->drains || !e->dirties) continue; /* drains are OSSL004 */
    if (e->is_io) continue; /* a later I/O call: its result is the one to classify (OSSL006) */
    if (e->raises) continue; /* the code's own ERR_raise(): the error it means the classification to read */
    const char *name = rule_callee(f, b->call);
    finding *fd = findings_add(
        ctx->out, ctx->rule, f->calls[b->call].loc,
        xasprintf("%s()%s runs between %s() and %s(): an error it pushes is what %s() "
                  "will read",
                  name, e->resolved_by_summary ? ", which may call OpenSSL," : "",
                  rule_callee(f, b->io), rule_callee(f, b->classify), rule_callee(f, b->classify)));
    finding_note_add(fd, f->calls[b->io].loc, xasprintf("the I/O call"));
    finding_note_add(fd, f->calls[b->classify].loc, xasprintf("its result is classified here"));
    path_add_between(fd, f, x, b, "call", xasprintf("%s() runs and may push an error", name));
  }
}
