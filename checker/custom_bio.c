#include "custom_bio.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Whether call c may set the write-retry flags: BIO_set_flags(b, F) with all
 * the retry bits in F, or with F not a known constant. */
static bool sets_write_retry(const api_model *m, const ir_call *c) {
  if (!m->bio_set_flags || !c->callee || strcmp(c->callee, m->bio_set_flags)) return false;
  if (m->bio_flags_arg >= c->nargs) return true;
  const ir_arg *a = &c->args[m->bio_flags_arg];
  return a->kind != ARG_CONST || (a->value & m->bio_write_retry_bits) == m->bio_write_retry_bits;
}

/* Per function: may it set the write-retry flags, itself or through the
 * project functions it calls (to a fixed point over the call graph). */
static bool *may_retry_write(const project *p) {
  bool *r = xcalloc((size_t)p->nfns + 1, sizeof *r);
  for (int f = 0; f < p->nfns; f++)
    for (int k = 0; k < p->fns[f]->ncalls && !r[f]; k++) r[f] = sets_write_retry(p->model, &p->fns[f]->calls[k]);
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  for (bool changed = true; changed;) {
    changed = false;
    for (int f = 0; f < p->nfns; f++) {
      if (r[f]) continue;
      for (int k = 0; k < p->fns[f]->ncalls && !r[f]; k++) {
        const ir_call *c = &p->fns[f]->calls[k];
        if (!c->callee || c->via_pointer) continue;
        int nd = project_definitions(p, c->callee, p->fns[f], defs, MAX_DEFS);
        for (int d = 0; d < nd && d < MAX_DEFS && !r[f]; d++) r[f] = r[defs[d]];
      }
      changed |= r[f];
    }
  }
  return r;
}

/* Whether some call of the run calls one of `names`. */
static bool run_calls(const project *p, char *const *names, size_t n) {
  for (int f = 0; f < p->nfns && n; f++)
    for (int k = 0; k < p->fns[f]->ncalls; k++)
      if (model_name_in(names, n, p->fns[f]->calls[k].callee)) return true;
  return false;
}

bool custom_bio_syscall_means_empty(const project *p) {
  const api_model *m = p->model;
  if (!m->nsys_error_sources) return false; /* a model that does not say which BIOs push */
  return !run_calls(p, m->sys_error_sources, m->nsys_error_sources) &&
         !run_calls(p, m->bio_set_write, m->nbio_set_write) && !run_calls(p, m->bio_set_read, m->nbio_set_read);
}

/* Whether every method the run makes takes its ctrl from another method's
 * (`BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket()))`: rabbitmq-c):
 * as many such settings as methods made, and no ctrl set otherwise. */
static bool ctrls_all_borrowed(const project *p) {
  const api_model *m = p->model;
  if (!m->nbio_ctrl_setters || !m->nbio_ctrl_getters) return false;
  int made = 0, borrowed = 0;
  for (int f = 0; f < p->nfns; f++) {
    const ir_function *fn = p->fns[f];
    for (int k = 0; k < fn->ncalls; k++) {
      const ir_call *c = &fn->calls[k];
      if (model_name_in(m->bio_method_makers, m->nbio_method_makers, c->callee)) made++;
      if (!model_name_in(m->bio_ctrl_setters, m->nbio_ctrl_setters, c->callee)) continue;
      const ir_arg *a = c->nargs > 1 ? &c->args[1] : NULL;
      if (!a || a->kind != ARG_CALL || !model_name_in(m->bio_ctrl_getters, m->nbio_ctrl_getters, fn->calls[a->call].callee))
        return false; /* a ctrl of the project's own */
      borrowed++;
    }
  }
  return borrowed >= made;
}

bool custom_bio_own_methods(const project *p) {
  return run_calls(p, p->model->bio_method_makers, p->model->nbio_method_makers) && !ctrls_all_borrowed(p);
}

bool custom_bio_writes_never_retry(const project *p) {
  const api_model *m = p->model;
  if (!m->nbio_set_write) return false;
  bool any_method = false;
  for (int f = 0; f < p->nfns; f++)
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (model_name_in(m->socket_sources, m->nsocket_sources, c->callee)) return false; /* a socket */
      any_method |= model_name_in(m->bio_set_write, m->nbio_set_write, c->callee);
    }
  if (!any_method) return false;
  bool *retry = may_retry_write(p);
  bool never = true;
  enum { MAX_DEFS = 16 };
  int defs[MAX_DEFS];
  for (int f = 0; f < p->nfns && never; f++)
    for (int k = 0; k < p->fns[f]->ncalls && never; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->bio_set_write, m->nbio_set_write, c->callee)) continue;
      /* the write function: one of the project's, whose every definition never retries */
      if (c->nargs < 2 || c->args[1].kind != ARG_FUNCTION) {
        never = false;
        break;
      }
      int nd = project_definitions(p, c->args[1].fn, p->fns[f], defs, MAX_DEFS);
      never = nd > 0 && nd <= MAX_DEFS;
      for (int d = 0; d < nd && d < MAX_DEFS && never; d++) never = !retry[defs[d]];
    }
  free(retry);
  return never;
}
