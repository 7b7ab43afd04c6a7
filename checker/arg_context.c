#include "arg_context.h"

#include "hash.h"
#include "util.h"

#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *name;
  int fn;
} name_ix;

static int cmp_name_ix(const void *a, const void *b) {
  const name_ix *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : x->fn - y->fn;
}

typedef struct {
  ir_function ***fns;
  int *nfns, cap;
  int original; /* the functions of the run before the copies */
  name_ix *names; /* of the original functions, sorted */
  bool *reach;    /* per function: may reach an OpenSSL call */
  int *first_param; /* per original function: its parameters' first index in matters */
  bool *matters;    /* per parameter of an original function: compute_matters() */
  /* The copies made, by key: open addressing over hash64_str. */
  char **keys;
  int *made;
  size_t slots;
  int ncopies, max_copies;
} arg_ctx;

/* As project_definitions: the static of the caller's unit, else the one
 * external definition; -1 when there is none or more than one. */
static int definition(const arg_ctx *a, const char *name, const ir_function *caller) {
  size_t lo = 0, hi = (size_t)a->original;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (strcmp(a->names[mid].name, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  int external = -1, nexternal = 0;
  for (size_t i = lo; i < (size_t)a->original && !strcmp(a->names[i].name, name); i++) {
    const ir_function *f = (*a->fns)[a->names[i].fn];
    if (f->is_static) {
      if (f->tu == caller->tu) return a->names[i].fn;
    } else {
      external = a->names[i].fn;
      nexternal++;
    }
  }
  return nexternal == 1 ? external : -1;
}

static bool openssl_call(const ir_call *c, const api_model *m) {
  return c->callee && !c->via_pointer && (c->callee_openssl || model_lookup(m, c->callee));
}

/* Per original function: whether it may reach an OpenSSL call, itself or
 * through the project functions it calls (to a fixed point). */
static void compute_reach(arg_ctx *a, const api_model *m) {
  for (int i = 0; i < a->original; i++) {
    const ir_function *f = (*a->fns)[i];
    for (int k = 0; k < f->ncalls && !a->reach[i]; k++) a->reach[i] = openssl_call(&f->calls[k], m);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < a->original; i++) {
      if (a->reach[i]) continue;
      const ir_function *f = (*a->fns)[i];
      for (int k = 0; k < f->ncalls && !a->reach[i]; k++) {
        const ir_call *c = &f->calls[k];
        if (!c->callee || c->via_pointer) continue;
        int d = definition(a, c->callee, f);
        if (d >= 0 && a->reach[d]) a->reach[i] = changed = true;
      }
    }
  }
}

/* Whether a branch of f compares variable v with another variable
 * (`numbytes == size`): with v known, the bounds analysis bounds the other. */
static bool compared_with_var(const ir_function *f, int v) {
  for (int b = 0; b < f->nblocks; b++)
    if (f->blocks[b].rng_var2 >= 0 && (f->blocks[b].rng_var == v || f->blocks[b].rng_var2 == v)) return true;
  return false;
}

/* Whether f branches on its parameter j and never assigns it (nor may: a
 * GNU asm statement's outputs are not in the IR). */
static bool branches_on(const ir_function *f, int j) {
  return j < f->nparams && !f->has_asm && !ir_assigns(f, j) && (ir_branches_on(f, j) || compared_with_var(f, j));
}

/* Per original function and parameter (a->first_param[fn] + j): whether its
 * value matters to the copy, that is f branches on it, or hands it, never
 * assigned, to a function of the run whose own parameter matters
 * (`write_complete(ssl, buf, size)` passing size on to `write_ssl()`, which
 * compares it with SSL_write()'s result), to a fixed point. */
static void compute_matters(arg_ctx *a) {
  a->first_param = xmalloc(((size_t)a->original + 1) * sizeof *a->first_param);
  int total = 0;
  for (int i = 0; i < a->original; i++) {
    a->first_param[i] = total;
    total += (*a->fns)[i]->nparams;
  }
  a->matters = xcalloc((size_t)total + 1, sizeof *a->matters);
  /* the hand-ons, as edges from the callee's parameter to the caller's */
  typedef struct {
    int to, from;
  } hand_on;
  hand_on *edges = NULL;
  int nedges = 0, cap = 0;
  for (int i = 0; i < a->original; i++) {
    const ir_function *f = (*a->fns)[i];
    if (f->has_asm) continue;
    for (int k = 0; k < f->ncalls; k++) {
      const ir_call *c = &f->calls[k];
      if (!c->callee || c->via_pointer) continue;
      int d = definition(a, c->callee, f);
      if (d < 0) continue;
      for (int g = 0; g < c->nargs && g < (*a->fns)[d]->nparams; g++) {
        int j = c->args[g].var;
        if (c->args[g].kind != ARG_VAR || j < 0 || j >= f->nparams || ir_assigns(f, j)) continue;
        VEC_PUSH(edges, nedges, cap, ((hand_on){a->first_param[d] + g, a->first_param[i] + j}));
      }
    }
  }
  /* from each parameter that matters, to the callers' parameters handed to it: a worklist */
  int *first = xcalloc((size_t)total + 2, sizeof *first), *by = xmalloc(((size_t)nedges + 1) * sizeof *by);
  for (int e = 0; e < nedges; e++) first[edges[e].to + 1]++;
  for (int t = 0; t < total; t++) first[t + 1] += first[t];
  int *fill = xmalloc(((size_t)total + 1) * sizeof *fill);
  memcpy(fill, first, (size_t)total * sizeof *fill);
  for (int e = 0; e < nedges; e++) by[fill[edges[e].to]++] = edges[e].from;
  int *work = xmalloc(((size_t)total + 1) * sizeof *work), n = 0;
  for (int i = 0; i < a->original; i++)
    for (int j = 0; j < (*a->fns)[i]->nparams; j++)
      if (branches_on((*a->fns)[i], j)) {
        a->matters[a->first_param[i] + j] = true;
        work[n++] = a->first_param[i] + j;
      }
  while (n > 0) {
    int t = work[--n];
    for (int e = first[t]; e < first[t + 1]; e++)
      if (!a->matters[by[e]]) {
        a->matters[by[e]] = true;
        work[n++] = by[e];
      }
  }
  free(edges);
  free(first);
  free(by);
  free(fill);
  free(work);
}

/* Whether call c (in caller) names a function of the run as its argument j
 * (`log_message(die, ...)`), the same one for the callee's unit as for the
 * caller's, where the callee calls through parameter j and never assigns it:
 * its copy for the call can call that function itself. OpenSSL's own
 * functions are left to project_resolve_param_io(). */
static bool names_function_called(const arg_ctx *a, const ir_function *caller, const ir_function *callee,
                                  const ir_call *c, int j) {
  const ir_arg *g = &c->args[j];
  if (g->kind != ARG_FUNCTION || !g->fn || ir_assigns(callee, j)) return false;
  int def = definition(a, g->fn, caller);
  if (def < 0 || def != definition(a, g->fn, callee)) return false;
  for (int k = 0; k < callee->ncalls; k++)
    if (callee->calls[k].via_pointer && callee->calls[k].callee_param == j) return true;
  return false;
}

/* In copy, the calls through parameter j become calls of function `fn`. */
static void call_function_through_param(ir_function *copy, int j, const char *fn) {
  for (int k = 0; k < copy->ncalls; k++) {
    ir_call *c = &copy->calls[k];
    if (!c->via_pointer || c->callee_param != j) continue;
    free(c->callee);
    free(c->callee_alias);
    free(c->callee_type);
    free(c->callee_fntype);
    free(c->callee_field);
    c->callee = xstrdup(fn);
    c->callee_alias = c->callee_type = c->callee_fntype = c->callee_field = NULL;
    c->via_pointer = c->callee_openssl = c->callee_system = false;
    c->callee_param = -1;
  }
}

/* The index of the copy made for `key`, or -1; *slot: where it is or goes. */
static int lookup(const arg_ctx *a, const char *key, size_t *slot) {
  size_t s = (size_t)hash64_str(key, 0) & (a->slots - 1);
  while (a->keys[s]) {
    if (!strcmp(a->keys[s], key)) {
      *slot = s;
      return a->made[s];
    }
    s = (s + 1) & (a->slots - 1);
  }
  *slot = s;
  return -1;
}

/* The copy of fns[def] for the constant arguments of call c, made if needed;
 * -1 when no argument is a constant def branches on, or no more copies may be
 * made. */
static int copy_for(arg_ctx *a, const ir_function *caller, int def, const ir_call *c) {
  const ir_function *callee = (*a->fns)[def];
  strbuf key = {0};
  sb_appendf(&key, "%s@tu%d", callee->name, callee->tu);
  int *known = xmalloc(((size_t)c->nargs + 1) * sizeof *known), nknown = 0; /* the parameters fixed */
  for (int j = 0; j < c->nargs && j < callee->nparams; j++)
    if (c->args[j].kind == ARG_CONST && a->matters[a->first_param[def] + j] &&
        /* a value the parameter holds as written: a pointer, an int-like one in int's range
           (not `unsigned char` given 256, nor `_Bool` given 2: a `_Bool` only given 0 or 1,
           `false`/`true`), or a wide unsigned one in int's (a length: `sizeof(buf)`; not
           UINT_MAX, which an int compared with it holds as -1) */
        (callee->vars[j].pointer || (callee->vars[j].is_bool && (c->args[j].value == 0 || c->args[j].value == 1)) ||
         (callee->vars[j].int_like && c->args[j].value >= INT_MIN && c->args[j].value <= INT_MAX) ||
         (callee->vars[j].is_unsigned && c->args[j].value >= 0 && c->args[j].value <= INT_MAX))) {
      sb_appendf(&key, "@%d=%lld", j, c->args[j].value);
      known[nknown++] = j;
    }
  int *fnargs = xmalloc(((size_t)c->nargs + 1) * sizeof *fnargs), nfnargs = 0; /* the functions named */
  for (int j = 0; j < c->nargs && j < callee->nparams; j++)
    if (names_function_called(a, caller, callee, c, j)) {
      sb_appendf(&key, "@%d=&%s", j, c->args[j].fn);
      fnargs[nfnargs++] = j;
    }
  char *k = sb_take(&key);
  size_t slot;
  int idx = nknown || nfnargs ? lookup(a, k, &slot) : -1;
  if ((!nknown && !nfnargs) || idx >= 0 || a->ncopies >= a->max_copies) {
    free(k);
    free(known);
    free(fnargs);
    return idx;
  }
  ir_function *copy = ir_function_clone(callee, k);
  for (int i = 0; i < nknown; i++) {
    ir_prune_for_value(copy, known[i], c->args[known[i]].value);
    ir_bind_param(copy, known[i], c->args[known[i]].value);
  }
  for (int i = 0; i < nfnargs; i++) call_function_through_param(copy, fnargs[i], c->args[fnargs[i]].fn);
  free(known);
  free(fnargs);
  ir_drop_unreachable(copy);
  copy->summary_only = true;
  VEC_PUSH(*a->fns, *a->nfns, a->cap, copy);
  idx = *a->nfns - 1;
  a->reach = xrealloc(a->reach, ((size_t)*a->nfns + 1) * sizeof *a->reach);
  a->reach[idx] = a->reach[def];
  a->keys[slot] = k;
  a->made[slot] = idx;
  a->ncopies++;
  return idx;
}

int arg_context_specialize(ir_function ***fns, int *nfns, const api_model *model) {
  arg_ctx a = {.fns = fns, .nfns = nfns, .cap = *nfns, .original = *nfns};
  a.max_copies = a.original < 1000 ? 1000 : a.original;
  a.slots = 1;
  while (a.slots < 2 * (size_t)a.max_copies + 2) a.slots *= 2;
  a.keys = xcalloc(a.slots, sizeof *a.keys);
  a.made = xcalloc(a.slots, sizeof *a.made);
  a.names = xmalloc(((size_t)a.original + 1) * sizeof *a.names);
  for (int i = 0; i < a.original; i++) a.names[i] = (name_ix){(*fns)[i]->name, i};
  qsort(a.names, (size_t)a.original, sizeof *a.names, cmp_name_ix);
  a.reach = xcalloc((size_t)a.original + 1, sizeof *a.reach);
  compute_reach(&a, model);
  compute_matters(&a);
  /* The copies' own calls too: they are appended, and the loop reaches them. */
  for (int i = 0; i < *nfns; i++) {
    ir_function *f = (*fns)[i];
    for (int k = 0; k < f->ncalls; k++) {
      ir_call *c = &f->calls[k];
      if (!c->callee || c->via_pointer || c->callee_copy || model_lookup(model, c->callee)) continue;
      int def = definition(&a, c->callee, f);
      if (def < 0 || !a.reach[def]) continue;
      int idx = copy_for(&a, f, def, c);
      if (idx >= 0) c->callee_copy = idx + 1;
    }
  }
  for (size_t s = 0; s < a.slots; s++) free(a.keys[s]);
  free(a.keys);
  free(a.made);
  free(a.names);
  free(a.reach);
  free(a.first_param);
  free(a.matters);
  return a.ncopies;
}
