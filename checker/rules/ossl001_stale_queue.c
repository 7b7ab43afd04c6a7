/* OSSL001 stale-error-queue: an I/O call whose result is classified by
 * SSL_get_error, while on some path the thread's error queue may still hold an
 * error (nothing cleared it since function entry or since the last call that
 * can push one). SSL_get_error then reports that old error instead. */
#include "registry.h"

#include "util.h"

#include <stdlib.h>

void ossl001_check(rule_ctx *ctx) {
  const ir_function *f = ctx->f;
  const fn_facts *x = ctx->x;
  int *classify_of = xmalloc(((size_t)f->ncalls + 1) * sizeof *classify_of);
  for (int i = 0; i < f->ncalls; i++) classify_of[i] = -1;
  for (int i = x->nlinks - 1; i >= 0; i--) classify_of[x->links[i].io] = x->links[i].classify;
  for (int io = 0; io < f->ncalls; io++) {
    int k = classify_of[io];
    if (k < 0) continue;
    unsigned state = facts_io_state(x, io);
    if (!(state & (Q_ENTRY | Q_DIRTY))) continue;
    const char *name = rule_callee(f, io);
    finding *fd = findings_add(
        ctx->out, ctx->rule, f->calls[io].loc,
        xasprintf("%s() may run with a stale error on the thread's error queue, so %s() can "
                  "misclassify its result; call ERR_clear_error() right before it",
                  name, rule_callee(f, k)));
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
    }
    finding_note_add(fd, f->calls[k].loc, xasprintf("the result is classified here"));
    if (f->calls[io].has_clear_fix && !wrapped_dirty)
      finding_set_fix(fd, f->calls[io].fix_loc, f->calls[io].fix_text);
  }
  free(classify_of);
}
