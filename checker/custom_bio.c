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

/* Whether call k of fn sets the ctrl of the method in variable v from a
 * getter's result (`BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket()))`). */
static bool borrows_ctrl(const api_model *m, const ir_function *fn, int k, int v) {
  const ir_call *c = &fn->calls[k];
  if (!model_name_in(m->bio_ctrl_setters, m->nbio_ctrl_setters, c->callee) || c->nargs < 2) return false;
  if (v >= 0 && (c->args[0].kind != ARG_VAR || c->args[0].var != v)) return false;
  if (c->args[1].kind != ARG_CALL) return false;
  return model_name_in(m->bio_ctrl_getters, m->nbio_ctrl_getters, fn->calls[c->args[1].call].callee);
}

/* Whether every method the run makes takes its ctrl from another method's
 * (`BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(BIO_s_socket()))`: rabbitmq-c),
 * and no ctrl is set otherwise. A maker's result kept in a local variable
 * needs a borrowed ctrl set on that variable in the same function; one
 * stored in a global (rabbitmq-c's) only when it is the run's one maker
 * call, with a borrowed ctrl set in the same function. A maker in a helper
 * whose result it returns, a method given no ctrl: not so. */
static bool ctrls_all_borrowed(const project *p) {
  const api_model *m = p->model;
  if (!m->nbio_ctrl_setters || !m->nbio_ctrl_getters) return false;
  int makers = 0;
  for (int f = 0; f < p->nfns; f++)
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (model_name_in(m->bio_method_makers, m->nbio_method_makers, c->callee)) makers++;
      if (model_name_in(m->bio_ctrl_setters, m->nbio_ctrl_setters, c->callee) && !borrows_ctrl(m, p->fns[f], k, -1))
        return false; /* a ctrl of the project's own */
    }
  for (int f = 0; f < p->nfns; f++) {
    const ir_function *fn = p->fns[f];
    for (int k = 0; k < fn->ncalls; k++) {
      const ir_call *c = &fn->calls[k];
      if (!model_name_in(m->bio_method_makers, m->nbio_method_makers, c->callee)) continue;
      int v = c->result_var;
      bool local = v >= 0 && !fn->vars[v].returned && !fn->vars[v].escapes && !c->result_returned;
      bool global = v < 0 && c->result_escapes && !c->result_returned && makers == 1;
      if (!local && !global) return false;
      bool set = false;
      for (int j = 0; j < fn->ncalls && !set; j++) set = borrows_ctrl(m, fn, j, local ? v : -1);
      if (!set) return false;
    }
  }
  return true;
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
  /* OpenSSL's memory BIOs, given to an SSL by the run's own calls */
  bool to_memory = run_calls(p, m->memory_sources, m->nmemory_sources) && run_calls(p, m->bio_attachers, m->nbio_attachers);
  if (!any_method && !to_memory) return false;
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
