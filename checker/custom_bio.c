#include "custom_bio.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Whether call c may set the retry flags `bits` (the write's or the read's):
 * BIO_set_flags(b, F) with F not a known constant, or with the bit that
 * tells this direction from the other (BIO_FLAGS_WRITE for a write: what
 * SSL_get_error()'s BIO_should_write() tests), which two calls may set one
 * at a time; SHOULD_RETRY alone, which both directions share, is not one
 * (tcltls' write function sets only BIO_set_retry_read()'s 0x09). */
static bool sets_retry(const api_model *m, const ir_call *c, long long bits) {
  if (c->callee && model_name_in(m->bio_retry_copiers, m->nbio_retry_copiers, c->callee))
    return true; /* BIO_copy_next_retry(): whatever the next BIO asked */
  if (!m->bio_set_flags || !c->callee || strcmp(c->callee, m->bio_set_flags)) return false;
  if (m->bio_flags_arg >= c->nargs) return true;
  const ir_arg *a = &c->args[m->bio_flags_arg];
  long long other = bits == m->bio_write_retry_bits ? m->bio_read_retry_bits
                    : bits == m->bio_read_retry_bits ? m->bio_write_retry_bits
                                                     : 0;
  long long own = other && (bits & ~other) ? bits & ~other : bits;
  return a->kind != ARG_CONST || (a->value & own) != 0;
}

/* Whether call c of fn, a method's function (whose first parameter is the
 * BIO), is one the checker cannot follow (through a pointer, or to a
 * function neither the run nor the model knows) and is handed the BIO: it
 * may set its flags. */
static bool hands_bio_away(const project *p, const ir_function *fn, const ir_call *c) {
  bool given = false;
  for (int a = 0; a < c->nargs; a++) given |= c->args[a].kind == ARG_VAR && c->args[a].var == 0 && fn->nparams > 0;
  if (!given || ir_call_dropped(c)) return false;
  if (!c->callee || c->via_pointer) return true;
  if (c->callee_openssl || model_lookup(p->model, c->callee)) return false;
  int def;
  return project_definitions(p, c->callee, fn, &def, 1) <= 0;
}

/* Per function: may it set the retry flags `bits`, itself or through the
 * project functions it calls (to a fixed point over the call graph). */
enum { MAX_DEFS = 16 };

/* Marks in `method` the definitions of the functions the run gives a BIO
 * method through one of `setters` (BIO_meth_set_write, ...); *any: some
 * setter is called. False when a setter is given something else than a
 * function of the project's with at most MAX_DEFS definitions. */
static bool mark_methods(const project *p, char *const *setters, size_t nsetters, bool *method, bool *any) {
  bool named = true;
  int defs[MAX_DEFS];
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(setters, nsetters, c->callee)) continue;
      *any = true;
      if (c->nargs < 2 || c->args[1].kind != ARG_FUNCTION) { /* not a function named here */
        named = false;
        continue;
      }
      int nd = project_definitions(p, c->args[1].fn, p->fns[f], defs, MAX_DEFS);
      named &= nd > 0 && nd <= MAX_DEFS;
      for (int d = 0; d < nd && d < MAX_DEFS; d++) method[defs[d]] = true;
    }
  }
  return named;
}

static bool *may_retry(const project *p, long long bits) {
  const api_model *m = p->model;
  bool *r = xcalloc((size_t)p->nfns + 1, sizeof *r);
  int defs[MAX_DEFS];
  /* the functions the run gives a BIO method (their first parameter is the BIO) */
  bool *method = xcalloc((size_t)p->nfns + 1, sizeof *method), any = false;
  mark_methods(p, m->bio_set_write, m->nbio_set_write, method, &any);
  mark_methods(p, m->bio_set_read, m->nbio_set_read, method, &any);
  mark_methods(p, m->bio_callback_setters, m->nbio_callback_setters, method, &any); /* cb(BIO *b, ...) */
  for (int f = 0; f < p->nfns; f++)
    for (int k = 0; k < p->fns[f]->ncalls && !r[f]; k++)
      r[f] = sets_retry(m, &p->fns[f]->calls[k], bits) || (method[f] && hands_bio_away(p, p->fns[f], &p->fns[f]->calls[k]));
  free(method);
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
  for (int f = 0; f < p->nfns && n; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++)
      if (model_name_in(names, n, p->fns[f]->calls[k].callee)) return true;
  }
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
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (model_name_in(m->bio_method_makers, m->nbio_method_makers, c->callee)) makers++;
      if (model_name_in(m->bio_ctrl_setters, m->nbio_ctrl_setters, c->callee) && !borrows_ctrl(m, p->fns[f], k, -1))
        return false; /* a ctrl of the project's own */
    }
  }
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
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

/* Whether every function the run gives a BIO method through one of
 * `setters` (BIO_meth_set_write, ...) is one of the project's, none of whose
 * definitions may set the retry flags (retry: may_retry's); false when
 * there is none. */
static bool methods_never_retry(const project *p, const bool *retry, char *const *setters, size_t nsetters) {
  bool *method = xcalloc((size_t)p->nfns + 1, sizeof *method), any = false;
  bool never = mark_methods(p, setters, nsetters, method, &any) && any;
  for (int f = 0; f < p->nfns && never; f++) never = !(method[f] && retry[f]);
  free(method);
  return never;
}

/* Whether the BIO that call k of fn makes, or gives its method to (a memory
 * or file BIO: BIO_s_mem(), BIO_new_file()), stays in fn and away from every
 * SSL: k's result goes straight to BIO_new() (or is the BIO itself), kept in a
 * local variable of fn that nothing else sees, which only OpenSSL functions
 * get, none of them one that gives an SSL its BIOs or makes a BIO of it
 * (`bio = BIO_new(BIO_s_mem()); PEM_write_bio_X509(bio, cert); ...`). */
static bool bio_confined(const project *p, const ir_function *fn, int k) {
  const api_model *m = p->model;
  int maker = k;
  for (int j = 0; j < fn->ncalls; j++) {
    const ir_call *c = &fn->calls[j];
    if (c->nargs >= 1 && c->args[0].kind == ARG_CALL && c->args[0].call == k &&
        model_name_in(m->bio_makers, m->nbio_makers, c->callee))
      maker = j;
  }
  int v = fn->calls[maker].result_var;
  if (v < 0 || fn->calls[maker].result_returned || fn->calls[maker].result_escapes) return false;
  const ir_var *x = &fn->vars[v];
  if (x->returned || x->escapes || x->addr_taken || x->path_root >= 0 || x->is_global) return false;
  if (ir_var_copied(fn, v)) return false; /* `other = bio;`: followed no further */
  for (int j = 0; j < fn->ncalls; j++) {
    const ir_call *c = &fn->calls[j];
    for (int a = 0; a < c->nargs; a++) {
      if (c->args[a].kind != ARG_VAR || c->args[a].var != v) continue;
      if (!c->callee || c->via_pointer || !(c->callee_openssl || model_lookup(m, c->callee)) ||
          model_name_in(m->bio_attachers, m->nbio_attachers, c->callee) ||
          model_name_in(m->bio_makers, m->nbio_makers, c->callee) ||
          model_name_in(m->bio_chainers, m->nbio_chainers, c->callee)) /* BIO_push(buf, mem) */
        return false;
    }
  }
  return true;
}

/* Whether the run may give an SSL a memory BIO: a memory source whose BIO is
 * not confined (memory_bio_confined). */
static bool memory_bio_attachable(const project *p) {
  const api_model *m = p->model;
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++)
      if (model_name_in(m->memory_sources, m->nmemory_sources, p->fns[f]->calls[k].callee) &&
          !bio_confined(p, p->fns[f], k))
        return true;
  }
  return false;
}

/* Whether every call of the run that gives an SSL its BIOs (SSL_set_bio)
 * gives it BIOs of the run's own: a local's, a field's, a global's or a
 * call's result, not a parameter (a transport made outside the run). */
static bool attaches_own_bios(const project *p) {
  const api_model *m = p->model;
  bool any = false;
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->bio_attachers, m->nbio_attachers, c->callee)) continue;
      any = true;
      for (int a = 1; a < c->nargs; a++) /* not a parameter (a field or a global is an ARG_OTHER) */
        if ((c->args[a].kind == ARG_VAR || c->args[a].kind == ARG_OTHER) && c->args[a].var >= 0 &&
            c->args[a].var < p->fns[f]->nparams)
          return false;
    }
  }
  return any;
}

/* Whether the SSLs of the run get OpenSSL's null BIOs (the model's
 * custom_bio.null_sources: BIO_s_null, whose reads and writes never ask to
 * retry) and nothing that may retry: no method of the project's own, no
 * memory BIO (socket sources, the callers' test), every BIO it gives an SSL
 * surely a null one (attaches_null_bios_only); where a callback does the null BIO's I/O
 * (BIO_set_callback_ex: libimobiledevice's idevice.c), none that may set the
 * retry flags (`retry`: may_retry's). */
static bool attaches_null_bios_only(const project *p);

static bool null_bios_only(const project *p, const bool *retry) {
  const api_model *m = p->model;
  if (!m->nnull_sources || !run_calls(p, m->null_sources, m->nnull_sources) ||
      run_calls(p, m->bio_set_write, m->nbio_set_write) || run_calls(p, m->bio_set_read, m->nbio_set_read) ||
      memory_bio_attachable(p) || !attaches_null_bios_only(p) ||
      /* an SSL filter's SSL gets its transport from a chain (BIO_push), not attach */
      run_calls(p, m->ssl_filter_sources, m->nssl_filter_sources))
    return false;
  return !run_calls(p, m->bio_callback_setters, m->nbio_callback_setters) ||
         methods_never_retry(p, retry, m->bio_callback_setters, m->nbio_callback_setters);
}

bool custom_bio_writes_never_retry(const project *p) {
  const api_model *m = p->model;
  if (!m->nbio_set_write || run_calls(p, m->socket_sources, m->nsocket_sources)) return false;
  bool any_method = run_calls(p, m->bio_set_write, m->nbio_set_write);
  /* OpenSSL's memory BIOs, given to an SSL by the run's own calls */
  bool to_memory = memory_bio_attachable(p) && attaches_own_bios(p);
  if (!any_method) {
    if (to_memory) return true;
    bool *retry = may_retry(p, m->bio_write_retry_bits);
    bool never = null_bios_only(p, retry);
    free(retry);
    return never;
  }
  bool *retry = may_retry(p, m->bio_write_retry_bits);
  bool never = methods_never_retry(p, retry, m->bio_set_write, m->nbio_set_write);
  free(retry);
  return never;
}

/* Whether some call of the run may set the retry flags `bits`. */
static bool run_sets_retry(const project *p, long long bits) {
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++)
      if (sets_retry(p->model, &p->fns[f]->calls[k], bits)) return true;
  }
  return false;
}

/* Whether the run may turn SSL_MODE_AUTO_RETRY off: a call of the model's
 * mode_clearers (SSL_CTX_ctrl, SSL_ctrl) with the clear-mode command, or a
 * command not a constant. */
static bool clears_auto_retry(const project *p) {
  const api_model *m = p->model;
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->mode_clearers, m->nmode_clearers, c->callee)) continue;
      if (c->nargs < 2 || c->args[1].kind != ARG_CONST || c->args[1].value == m->clear_mode_cmd) return true;
    }
  }
  return false;
}

/* Whether a call of the part may set a mode with one of `bits` (the model's
 * mode setters and command; an argument not a constant may). */
static bool may_set_mode(const project *p, long long bits) {
  const api_model *m = p->model;
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->mode_setters, m->nmode_setters, c->callee)) continue;
      if (c->nargs < 3 || c->args[1].kind != ARG_CONST) return true;
      if (c->args[1].value == m->set_mode_cmd && (c->args[2].kind != ARG_CONST || (c->args[2].value & bits)))
        return true;
    }
  }
  return false;
}

bool custom_bio_partial_writes(const project *p) { return may_set_mode(p, p->model->partial_write_bits); }

bool custom_bio_async_mode(const project *p) {
  return !p->model->async_mode_bits || may_set_mode(p, p->model->async_mode_bits);
}

bool custom_bio_reads_never_retry(const project *p) {
  const api_model *m = p->model;
  if (!m->nbio_set_read || !m->bio_read_retry_bits || run_calls(p, m->socket_sources, m->nsocket_sources) ||
      run_calls(p, m->read_socket_sources, m->nread_socket_sources) ||
      memory_bio_attachable(p) /* a memory BIO's empty read asks to retry */ || !attaches_own_bios(p) ||
      clears_auto_retry(p) /* then SSL_read() asks to retry a read itself (ssl3_read_bytes) */ ||
      run_sets_retry(p, m->bio_read_retry_bits)) /* a hook reached through a pointer may be the method's */
    return false;
  /* a write function that asked to retry a read would make BIO_should_read() true on the write BIO */
  bool *retry = may_retry(p, m->bio_read_retry_bits); /* once, for both kinds of method */
  bool never = run_calls(p, m->bio_set_read, m->nbio_set_read)
                   ? methods_never_retry(p, retry, m->bio_set_read, m->nbio_set_read) &&
                         (!run_calls(p, m->bio_set_write, m->nbio_set_write) ||
                          methods_never_retry(p, retry, m->bio_set_write, m->nbio_set_write))
                   : null_bios_only(p, retry);
  free(retry);
  return never;
}

/* A BIO made so surely is a memory or socket BIO, whose reads push nothing:
 * a socket BIO made at once (BIO_new_socket(), `inner` NULL), or a BIO_new()
 * of a call of a memory or socket method (`inner`). */
static bool quiet_socket(const api_model *m, const char *name) {
  return model_name_in(m->socket_sources, m->nsocket_sources, name) &&
         !model_name_in(m->sys_error_sources, m->nsys_error_sources, name) && /* connect, accept BIOs */
         !model_name_in(m->bio_ssl_sources, m->nbio_ssl_sources, name);
}

static bool quiet_maker(const api_model *m, const char *maker, const char *inner) {
  if (quiet_socket(m, maker)) return true;
  return inner && model_name_in(m->bio_makers, m->nbio_makers, maker) &&
         (model_name_in(m->memory_sources, m->nmemory_sources, inner) || quiet_socket(m, inner));
}

/* A kind of BIO known by what makes it: test(model, maker, inner) accepts
 * the call `maker`, given the result of `inner` (a method) or not (NULL). */
typedef struct {
  const api_model *m;
  bool (*test)(const api_model *m, const char *maker, const char *inner);
  const project *p; /* to follow the run's own helpers that return such a BIO, up to a depth */
  int depth;
} bio_kind;

static bool returns_only_kind(const ir_function *g, const bio_kind *kind);
static bool arg_of_kind(const project *p, const ir_function *fn, const ir_arg *a, bool fields_too,
                        const bio_kind *kind);

/* Whether call `call` of fn surely makes a BIO of the kind: a maker given
 * the method as its first argument that is a call (`BIO_new(BIO_f_ssl())`,
 * `BIO_new_ex(NULL, BIO_f_ssl())`), a chain call that returns the chain's head it is given
 * (`BIO_push(BIO_new_ssl(ctx, 1), sock)`), or a helper of the run's that
 * returns only such BIOs. */
static bool bio_call_of_kind(const ir_function *fn, int call, const void *data) {
  const bio_kind *kind = data;
  const ir_call *c = &fn->calls[call];
  if (!c->callee) return false;
  const char *inner = NULL; /* the first argument that is a call (field_writes.h says the same) */
  for (int i = 0; i < c->nargs && !inner; i++)
    if (c->args[i].kind == ARG_CALL) inner = fn->calls[c->args[i].call].callee;
  if (kind->test(kind->m, c->callee, inner)) return true;
  if (c->nargs >= 1 && model_name_in(kind->m->bio_chainers, kind->m->nbio_chainers, c->callee))
    return arg_of_kind(kind->p, fn, &c->args[0], kind->p != NULL, kind);
  int def;
  if (!kind->p || kind->depth >= 2 || c->via_pointer || !c->callee ||
      project_definitions(kind->p, c->callee, fn, &def, 1) != 1)
    return false;
  bio_kind deeper = *kind;
  deeper.depth++;
  return returns_only_kind(kind->p->fns[def], &deeper);
}

/* Whether helper g returns only BIOs of the kind, or NULL: each `return` a
 * local given only those, a call of the kind, or 0 (`ssl_idevice_bio_new()`:
 * `BIO *b = BIO_new(BIO_s_null()); if (!b) return NULL; ... return b;`). */
static bool returns_only_kind(const ir_function *g, const bio_kind *kind) {
  int other = 0, returned_calls = 0;
  bool any = false;
  for (int k = 0; k < g->ncalls; k++)
    if (g->calls[k].result_returned) {
      if (!bio_call_of_kind(g, k, kind)) return false;
      returned_calls++;
      any = true;
    }
  for (int b = 0; b < g->nblocks; b++)
    for (int i = 0; i < g->blocks[b].nev; i++) {
      const ir_event *ev = &g->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      if (ev->var >= 0) {
        if (ev->var < g->nparams || ir_var_aliasable(g, ev->var) ||
            !ir_defined_only_by_calls(g, ev->var, bio_call_of_kind, kind))
          return false;
        any = true;
      } else if (ev->ret < 0 || ev->ret >= g->nrets || g->rets[ev->ret].nvals != 1 || g->rets[ev->ret].vals[0] != 0) {
        other++; /* `return f(...);`, counted above, or anything else */
      }
    }
  return any && other == returned_calls;
}

/* Whether every value the run stores in field `key` (field_writes.h) is a
 * BIO of the kind or NULL, and one at least is a BIO: a BIO given to an SSL
 * may be none. (A field read directly may be NULL without a store the run
 * shows, calloc()'s, and BIO_read(NULL) pushes: not used there.) */
static bool field_of_kind(const project *p, const char *key, const bio_kind *kind) {
  size_t n = strlen(key);
  bool any = false;
  for (int i = 0; i < p->nfield_writes; i++) {
    const char *e = p->field_writes[i];
    if (strncmp(e, key, n) || e[n] != ' ') continue;
    const char *src = e + n + 1, *open = strchr(src, '(');
    if (!strcmp(src, "0")) continue;
    if (!open || open[strlen(open) - 1] != ')') return false;
    char *maker = xasprintf("%.*s", (int)(open - src), src);
    char *inner = xasprintf("%.*s", (int)(strlen(open + 1) - 1), open + 1);
    /* BIO_push(BIO_new_ssl(...), next): the chain's head */
    bool chain = model_name_in(kind->m->bio_chainers, kind->m->nbio_chainers, maker);
    bool ok = chain ? *inner && kind->test(kind->m, inner, NULL) : kind->test(kind->m, maker, *inner ? inner : NULL);
    free(maker);
    free(inner);
    if (!ok) return false;
    any = true;
  }
  return any;
}

/* Whether BIO argument a (of a call in fn) surely is a BIO of the kind: a
 * call of it, a local variable given only such BIOs, or (fields_too) a field
 * the run stores only such BIOs or NULL in. A parameter, a global, a
 * helper's result: not known. */
static bool arg_of_kind(const project *p, const ir_function *fn, const ir_arg *a, bool fields_too,
                        const bio_kind *kind) {
  if (a->kind == ARG_CALL) return bio_call_of_kind(fn, a->call, kind);
  if (a->kind == ARG_OTHER && a->field) return fields_too && field_of_kind(p, a->field, kind);
  return a->kind == ARG_VAR && a->var >= fn->nparams && !ir_var_aliasable(fn, a->var) &&
         ir_defined_only_by_calls(fn, a->var, bio_call_of_kind, kind);
}

/* OpenSSL's null BIO: BIO_new() of a null_sources method. */
static bool null_maker(const api_model *m, const char *maker, const char *inner) {
  return inner && model_name_in(m->bio_makers, m->nbio_makers, maker) &&
         model_name_in(m->null_sources, m->nnull_sources, inner);
}

/* Whether the run gives SSLs BIOs (custom_bio.attach: SSL_set_bio) and every
 * BIO it gives one surely is a null BIO: a BIO_new(BIO_s_null()), or a local
 * or a field the run gives only those (a null BIO that is a log's sink only,
 * next to a transport from elsewhere, says nothing of the SSL's). */
/* Whether every attach call of the run gives an SSL BIOs of the kind only
 * (arguments 1 on), and there is one. */
static bool attaches_only_kind(const project *p, const bio_kind *kind) {
  const api_model *m = p->model;
  bool any = false;
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->bio_attachers, m->nbio_attachers, c->callee)) continue;
      any = true;
      for (int a = 1; a < c->nargs; a++)
        if (!arg_of_kind(p, p->fns[f], &c->args[a], true, kind)) return false;
    }
  }
  return any;
}

static bool attaches_null_bios_only(const project *p) {
  bio_kind null_bio = {p->model, null_maker, p, 0};
  return attaches_only_kind(p, &null_bio);
}

/* Whether BIO argument a surely is a memory or socket BIO (quiet_maker). */
static bool arg_quiet_bio(const project *p, const ir_function *fn, const ir_arg *a, bool fields_too) {
  bio_kind quiet = {p->model, quiet_maker, NULL, 0};
  return arg_of_kind(p, fn, a, fields_too, &quiet);
}

/* A BIO_new() of a memory method (memory_sources: BIO_s_mem()). */
static bool memory_maker(const api_model *m, const char *maker, const char *inner) {
  return inner && model_name_in(m->bio_makers, m->nbio_makers, maker) &&
         model_name_in(m->memory_sources, m->nmemory_sources, inner);
}

bool custom_bio_arg_memory(const project *p, const ir_function *fn, const ir_call *c) {
  bio_kind memory = {p->model, memory_maker, NULL, 0};
  return c->nargs >= 1 && !project_run_facts(p, fn)->bio_callbacks && arg_of_kind(p, fn, &c->args[0], true, &memory);
}

/* Whether a call of the run may make a memory BIO report the end of its data
 * (BIO_set_mem_eof_return(b, 0), or a command or value not a constant). */
static bool sets_mem_eof(const project *p) {
  const api_model *m = p->model;
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->mem_eof_setters, m->nmem_eof_setters, c->callee)) continue;
      if (c->nargs < 3 || c->args[1].kind != ARG_CONST) return true;
      if (c->args[1].value == m->mem_eof_cmd && (c->args[2].kind != ARG_CONST || c->args[2].value == 0)) return true;
    }
  }
  return false;
}

/* Whether an SSL of the part may come from outside it, with BIOs the part
 * does not see attached: a function of the part that outside code may call
 * (not static), takes an SSL (`struct ssl_st *` in its type) and runs TLS
 * I/O on a parameter (a certificate check given an SSL reads nothing), or a call
 * of a function neither the run nor OpenSSL defines (nor the C library)
 * (a call a copy for constant arguments left out is none: its original
 * calls a function of the run) whose result is kept where an OpenSSL object
 * is (a field that holds one)
 * or given to an OpenSSL call in the same function (`SSL *s =
 * pool_tls_connect(ctx, host); SSL_read(s, ...)`). */
static bool ssl_from_outside(const project *p) {
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    const ir_function *fn = p->fns[f];
    bool outside_callers = !fn->is_static && fn->fntype && strstr(fn->fntype, "struct ssl_st *");
    for (int k = 0; k < fn->ncalls; k++) {
      const ir_call *c = &fn->calls[k];
      const api_function *api = c->callee && !c->via_pointer ? model_lookup(p->model, c->callee) : NULL;
      if (outside_callers && api && api->role == ROLE_IO && api->ssl_arg >= 0 && api->ssl_arg < c->nargs &&
          c->args[api->ssl_arg].kind == ARG_VAR && c->args[api->ssl_arg].var >= 0 &&
          c->args[api->ssl_arg].var < fn->nparams)
        return true;
      if (c->via_pointer || !c->callee || c->callee_openssl || c->callee_system || ir_call_dropped(c)) continue;
      int def;
      if (project_definitions(p, c->callee, fn, &def, 1) > 0) continue;
      if (c->result_field) return true;
      int v = c->result_var;
      for (int j = 0; v >= 0 && j < fn->ncalls; j++)
        if (fn->calls[j].callee_openssl && fn->calls[j].nargs > 0 && fn->calls[j].args[0].kind == ARG_VAR &&
            fn->calls[j].args[0].var == v)
          return true;
    }
  }
  return false;
}

bool custom_bio_reads_never_end(const project *p) {
  const api_model *m = p->model;
  bio_kind memory = {m, memory_maker, NULL, 0};
  return m->nmem_eof_setters && m->nmemory_sources && !run_calls(p, m->socket_sources, m->nsocket_sources) &&
         !run_calls(p, m->read_socket_sources, m->nread_socket_sources) &&
         !run_calls(p, m->bio_set_read, m->nbio_set_read) &&
         !run_calls(p, m->ssl_filter_sources, m->nssl_filter_sources) &&
         !run_calls(p, m->bio_callback_setters, m->nbio_callback_setters) && attaches_only_kind(p, &memory) &&
         !sets_mem_eof(p) && !ssl_from_outside(p);
}

bool custom_bio_arg_quiet(const project *p, const ir_function *fn, const ir_call *c) {
  return c->nargs >= 1 && !project_run_facts(p, fn)->bio_callbacks && arg_quiet_bio(p, fn, &c->args[0], false);
}

/* An SSL filter: a call of ssl_filter_sources (BIO_new_ssl_connect), or a
 * BIO_new() of one (BIO_new(BIO_f_ssl())). */
static bool ssl_filter_maker(const api_model *m, const char *maker, const char *inner) {
  if (model_name_in(m->ssl_filter_sources, m->nssl_filter_sources, maker)) return true;
  return inner && model_name_in(m->bio_makers, m->nbio_makers, maker) &&
         model_name_in(m->ssl_filter_sources, m->nssl_filter_sources, inner);
}

bool custom_bio_arg_ssl_filter(const project *p, const ir_function *fn, const ir_call *c) {
  bio_kind filter = {p->model, ssl_filter_maker, p, 0};
  return c->nargs >= 1 && arg_of_kind(p, fn, &c->args[0], true, &filter);
}

bool custom_bio_ssl_filters(const project *p) {
  return run_calls(p, p->model->bio_ssl_sources, p->model->nbio_ssl_sources);
}

bool custom_bio_callbacks(const project *p) {
  return run_calls(p, p->model->bio_callback_setters, p->model->nbio_callback_setters);
}

bool custom_bio_io_quiet(const project *p) {
  const api_model *m = p->model;
  if (!m->nbio_quiet_io || custom_bio_own_methods(p) || run_calls(p, m->sys_error_sources, m->nsys_error_sources) ||
      run_calls(p, m->bio_ssl_sources, m->nbio_ssl_sources) || run_calls(p, m->bio_set_write, m->nbio_set_write) ||
      run_calls(p, m->bio_set_read, m->nbio_set_read) || custom_bio_callbacks(p))
    return false;
  /* the run gives SSLs their transports itself ... */
  if (!run_calls(p, m->bio_attachers, m->nbio_attachers) && !run_calls(p, m->socket_sources, m->nsocket_sources))
    return false;
  /* ... and every BIO it gives them surely a memory or socket one (not a file
   * BIO, a filter or a BIO made elsewhere, whose reads may push) */
  for (int f = 0; f < p->nfns; f++) {
    if (!project_in_scope(p, f)) continue;
    for (int k = 0; k < p->fns[f]->ncalls; k++) {
      const ir_call *c = &p->fns[f]->calls[k];
      if (!model_name_in(m->bio_attachers, m->nbio_attachers, c->callee)) continue;
      for (int a = 1; a < c->nargs; a++)
        if (c->args[a].kind != ARG_CONST && !arg_quiet_bio(p, p->fns[f], &c->args[a], true)) return false;
    }
  }
  return true;
}
