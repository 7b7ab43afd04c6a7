#include "derive.h"

#include "cursor.h"
#include "util.h"

#include <clang-c/Index.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The name of the function a call through an unresolved pointer reaches: its
 * body pushes (it calls ERR_set_error), so such a call may push. */
#define UNRESOLVED_POINTER "(unresolved pointer call)"
#define NEVER_SET_POINTER "(a field nothing sets)"
#define SYNTH_FILE "(derived)"
enum { MAX_CLONES = 100000, MAX_TARGETS = 512 };

typedef struct {
  char *name;
  int cmd_arg; /* the `cmd` parameter, or -1 */
} pub_fn;

typedef struct {
  char *fn;   /* the ctrl function */
  char *name; /* the constant */
  long long value;
} pub_cmd;

typedef struct {
  char *key; /* STRUCT.FIELD */
  char *fn;
  int tu;
} init_entry;

typedef struct {
  char *key;
  char *value;
} str_pair;

typedef struct {
  const char *name;
  int fn;
} name_ix;

struct derive_state {
  pub_fn *pub;
  int npub, pub_cap;
  pub_cmd *cmds;
  int ncmds, cmds_cap;
  init_entry *inits;
  int ninits, inits_cap;
  /* While rewriting: the functions, an index by name, the memo of what was made. */
  const api_model *m;
  ir_function ***fns;
  int *nfns, fns_cap;
  name_ix *names;
  int nnames;
  str_pair *made; /* key -> name of the function made for it */
  int nmade, made_cap;
  bool made_sorted;
  int nclones, ndispatchers, ntrampolines, nnever_set, ncallback_calls;
  /* Every direct call by callee name (before the pointer calls are
   * resolved): where the callers of a function that stores its parameter in a
   * field pass what. */
  struct call_site *sites;
  int nsites;
  /* Pointer calls nothing resolved: their names, for the report. */
  char **unresolved;
  int nunresolved, unresolved_cap;
  int nresolved_calls;
};

/* ---- small maps ---- */

static int cmp_name_ix(const void *a, const void *b) {
  const name_ix *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : x->fn - y->fn;
}
static int cmp_init(const void *a, const void *b) {
  const init_entry *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c) return c;
  c = strcmp(x->fn, y->fn);
  return c ? c : x->tu - y->tu;
}
static int cmp_pub(const void *a, const void *b) { return strcmp(((const pub_fn *)a)->name, ((const pub_fn *)b)->name); }

/* The memo is small enough for a linear scan per lookup to hurt: keep it in a
 * hash table. */
typedef struct {
  char **keys, **values;
  size_t cap, n;
} hmap;

static size_t hash_str(const char *s) {
  size_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static hmap memo;

static const char *memo_get(const char *key) {
  if (!memo.cap) return NULL;
  for (size_t i = hash_str(key) & (memo.cap - 1);; i = (i + 1) & (memo.cap - 1)) {
    if (!memo.keys[i]) return NULL;
    if (!strcmp(memo.keys[i], key)) return memo.values[i];
  }
}

static void memo_put(const char *key, const char *value) {
  if ((memo.n + 1) * 2 > memo.cap) {
    hmap old = memo;
    memo.cap = old.cap ? old.cap * 2 : 1024;
    memo.n = 0;
    memo.keys = xcalloc(memo.cap, sizeof *memo.keys);
    memo.values = xcalloc(memo.cap, sizeof *memo.values);
    for (size_t i = 0; i < old.cap; i++)
      if (old.keys[i]) {
        size_t j = hash_str(old.keys[i]) & (memo.cap - 1);
        while (memo.keys[j]) j = (j + 1) & (memo.cap - 1);
        memo.keys[j] = old.keys[i];
        memo.values[j] = old.values[i];
        memo.n++;
      }
    free(old.keys);
    free(old.values);
  }
  size_t i = hash_str(key) & (memo.cap - 1);
  while (memo.keys[i]) i = (i + 1) & (memo.cap - 1);
  memo.keys[i] = xstrdup(key);
  memo.values[i] = xstrdup(value);
  memo.n++;
}

static void memo_free(void) {
  for (size_t i = 0; i < memo.cap; i++) {
    free(memo.keys[i]);
    free(memo.values[i]);
  }
  free(memo.keys);
  free(memo.values);
  memset(&memo, 0, sizeof memo);
}

/* ---- the public headers ---- */

typedef struct {
  char *name;
  bool function_like;
  CXCursor c;
} macro_def;

typedef struct {
  derive_state *d;
  const char *dir;
  size_t dirlen;
  macro_def *macros;
  int nmacros, macros_cap;
  CXTranslationUnit tu;
} header_walk;

static bool in_dir(const header_walk *w, CXCursor c) {
  CXFile f;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  if (!f) return false;
  char *path = cx_take(clang_getFileName(f));
  bool in = !strncmp(path, w->dir, w->dirlen) && path[w->dirlen] == '/';
  free(path);
  return in;
}

static enum CXChildVisitResult visit_header(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  header_walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_FunctionDecl && k != CXCursor_MacroDefinition) return CXChildVisit_Continue;
  if (!in_dir(w, c)) return CXChildVisit_Continue;
  char *name = cx_take(clang_getCursorSpelling(c));
  if (k == CXCursor_MacroDefinition) {
    macro_def md = {name, clang_Cursor_isMacroFunctionLike(c), c};
    VEC_PUSH(w->macros, w->nmacros, w->macros_cap, md);
    return CXChildVisit_Continue;
  }
  pub_fn p = {name, -1};
  int nargs = clang_Cursor_getNumArguments(c);
  for (int i = 0; i < nargs && p.cmd_arg < 0; i++) {
    CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
    char *an = cx_take(clang_getCursorSpelling(a));
    CXType t = clang_getCanonicalType(clang_getCursorType(a));
    if (!strcmp(an, "cmd") && t.kind >= CXType_Bool && t.kind <= CXType_Int128) p.cmd_arg = i;
    free(an);
  }
  VEC_PUSH(w->d->pub, w->d->npub, w->d->pub_cap, p);
  return CXChildVisit_Continue;
}

typedef struct {
  char **v;
  int n;
} token_list;

static token_list macro_tokens(CXTranslationUnit tu, CXCursor c) {
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(tu, clang_getCursorExtent(c), &toks, &n);
  token_list l = {xcalloc((size_t)n + 1, sizeof(char *)), (int)n};
  for (unsigned i = 0; i < n; i++) l.v[i] = cx_take(clang_getTokenSpelling(tu, toks[i]));
  clang_disposeTokens(tu, toks, n);
  return l;
}

static void tokens_free(token_list *l) {
  for (int i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
}

/* An object-like macro whose body is one integer literal (maybe in parentheses). */
static bool macro_integer(const token_list *l, long long *v) {
  int i = 1, j = l->n - 1;
  while (i < j && !strcmp(l->v[i], "(") && !strcmp(l->v[j], ")")) i++, j--;
  if (i != j) return false;
  char *end;
  errno = 0;
  long long x = strtoll(l->v[i], &end, 0);
  while (*end == 'L' || *end == 'l' || *end == 'U' || *end == 'u') end++;
  if (*end || errno || end == l->v[i]) return false;
  *v = x;
  return true;
}

static const pub_fn *find_pub(const derive_state *d, const char *name) {
  pub_fn key = {(char *)name, 0};
  return bsearch(&key, d->pub, (size_t)d->npub, sizeof key, cmp_pub);
}

typedef struct {
  const char *name;
  long long value;
} int_macro;

static int cmp_int_macro(const void *a, const void *b) {
  return strcmp(((const int_macro *)a)->name, ((const int_macro *)b)->name);
}

static void add_cmd(derive_state *d, const char *fn, const char *name, long long value) {
  for (int i = 0; i < d->ncmds; i++)
    if (!strcmp(d->cmds[i].fn, fn) && d->cmds[i].value == value) return;
  pub_cmd c = {xstrdup(fn), xstrdup(name), value};
  VEC_PUSH(d->cmds, d->ncmds, d->cmds_cap, c);
}

/* `F(a, CONST, ...)` in a function-like macro's body, F a ctrl function: the
 * command CONST at F's `cmd` argument. */
static void scan_ctrl_macro(derive_state *d, const token_list *l, const int_macro *ints, int nints) {
  int body = 1;
  if (l->n > 1 && !strcmp(l->v[1], "(")) /* skip the parameter list */
    for (body = 2; body < l->n && strcmp(l->v[body - 1], ")"); body++) {}
  for (int i = body; i + 1 < l->n; i++) {
    const pub_fn *f = find_pub(d, l->v[i]);
    if (!f || f->cmd_arg < 0 || strcmp(l->v[i + 1], "(")) continue;
    int depth = 0, arg = 0, start = i + 2;
    for (int j = i + 2; j < l->n; j++) {
      const char *t = l->v[j];
      if (!strcmp(t, "(")) depth++;
      else if (!strcmp(t, ")") && depth > 0) depth--;
      else if ((!strcmp(t, ",") && depth == 0) || (!strcmp(t, ")") && depth == 0)) {
        if (arg == f->cmd_arg) {
          int a = start, b = j - 1;
          while (a < b && !strcmp(l->v[a], "(") && !strcmp(l->v[b], ")")) a++, b--;
          if (a == b) {
            int_macro key = {l->v[a], 0};
            const int_macro *im = bsearch(&key, ints, (size_t)nints, sizeof key, cmp_int_macro);
            if (im) add_cmd(d, f->name, im->name, im->value);
          }
          break;
        }
        arg++;
        start = j + 1;
        if (!strcmp(t, ")")) break;
      }
    }
  }
}

static int cmp_cmd(const void *a, const void *b) {
  const pub_cmd *x = a, *y = b;
  int c = strcmp(x->fn, y->fn);
  if (c) return c;
  return x->value < y->value ? -1 : x->value > y->value;
}

static bool read_public_api(derive_state *d, const char *dir) {
  DIR *dh = opendir(dir);
  if (!dh) {
    fprintf(stderr, "ossl-lint: error: --public-headers %s: %s\n", dir, strerror(errno));
    return false;
  }
  char **headers = NULL;
  int nh = 0, hcap = 0;
  for (struct dirent *e; (e = readdir(dh));) {
    size_t n = strlen(e->d_name);
    if (n > 2 && !strcmp(e->d_name + n - 2, ".h")) VEC_PUSH(headers, nh, hcap, xstrdup(e->d_name));
  }
  closedir(dh);
  if (nh > 1) qsort(headers, (size_t)nh, sizeof *headers, cmp_strp);
  strbuf src = {0};
  /* Absolute paths, so that the headers' file names clang reports compare
   * with the directory's real path (a relative --public-headers as well). */
  char *real = realpath(dir, NULL);
  if (real) dir = real;
  for (int i = 0; i < nh; i++) {
    sb_appendf(&src, "#include \"%s/%s\"\n", dir, headers[i]);
    free(headers[i]);
  }
  free(headers);
  char *text = sb_take(&src);
  /* The directory above openssl/ is the include path. */
  char *inc = xstrdup(dir);
  size_t il = strlen(inc);
  while (il > 1 && inc[il - 1] == '/') inc[--il] = '\0';
  char *slash = strrchr(inc, '/');
  if (slash) *slash = '\0';
  char *iflag = xasprintf("-I%s", slash ? inc : ".");
  const char *args[] = {"-xc", "-std=gnu11", iflag};
  struct CXUnsavedFile uf = {"ossl-lint-public-api.c", text, (unsigned long)strlen(text)};
  CXIndex index = clang_createIndex(0, 0);
  CXTranslationUnit tu = NULL;
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord |
                   CXTranslationUnit_SkipFunctionBodies;
  enum CXErrorCode ec = clang_parseTranslationUnit2(index, uf.Filename, args, 3, &uf, 1, flags, &tu);
  bool ok = ec == CXError_Success && tu;
  if (ok) {
    header_walk w = {.d = d, .tu = tu};
    w.dir = dir;
    w.dirlen = strlen(w.dir);
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_header, &w);
    /* Each name once (a function declared twice). */
    if (d->npub > 1) qsort(d->pub, (size_t)d->npub, sizeof *d->pub, cmp_pub);
    int n = 0;
    for (int i = 0; i < d->npub; i++) {
      if (n && !strcmp(d->pub[n - 1].name, d->pub[i].name)) {
        if (d->pub[n - 1].cmd_arg < 0) d->pub[n - 1].cmd_arg = d->pub[i].cmd_arg;
        free(d->pub[i].name);
        continue;
      }
      d->pub[n++] = d->pub[i];
    }
    d->npub = n;
    /* The integer constants, then the ctrl macros that pass them. */
    int_macro *ints = NULL;
    int nints = 0, icap = 0;
    token_list *toks = xcalloc((size_t)w.nmacros + 1, sizeof *toks);
    for (int i = 0; i < w.nmacros; i++) {
      toks[i] = macro_tokens(tu, w.macros[i].c);
      long long v;
      if (!w.macros[i].function_like && macro_integer(&toks[i], &v)) {
        int_macro im = {w.macros[i].name, v};
        VEC_PUSH(ints, nints, icap, im);
      }
    }
    if (nints > 1) qsort(ints, (size_t)nints, sizeof *ints, cmp_int_macro);
    for (int i = 0; i < w.nmacros; i++)
      if (w.macros[i].function_like) scan_ctrl_macro(d, &toks[i], ints, nints);
    if (d->ncmds > 1) qsort(d->cmds, (size_t)d->ncmds, sizeof *d->cmds, cmp_cmd);
    for (int i = 0; i < w.nmacros; i++) {
      tokens_free(&toks[i]);
      free(w.macros[i].name);
    }
    free(toks);
    free(ints);
    free(w.macros);
    clang_disposeTranslationUnit(tu);
  } else {
    fprintf(stderr, "ossl-lint: error: --public-headers %s: libclang could not parse the headers\n", dir);
  }
  clang_disposeIndex(index);
  if (ok && d->npub == 0)
    fprintf(stderr, "ossl-lint: error: --public-headers %s: the headers declare no function\n", dir);
  free(iflag);
  free(inc);
  free(text);
  free(real);
  return ok && d->npub > 0;
}

/* ---- making functions ---- */

static void add_fn(derive_state *d, ir_function *f) {
  VEC_PUSH(*d->fns, *d->nfns, d->fns_cap, f);
}

static ir_loc synth_loc(void) { return (ir_loc){xstrdup(SYNTH_FILE), 0, 0}; }

static ir_block empty_block(void) {
  return (ir_block){.cond_call = -1, .cond_var = -1, .cmp_var = -1, .cmp_call = -1, .cmp_op = CMP_NONE,
                    .rng_var = -1, .rng_var2 = -1, .rng_op = CMP_NONE};
}

/* A function that calls each of `callees` on its own path and returns its
 * result (a dispatcher), or, with one callee, just calls it. `like`: one of
 * the callees, whose return type (that of the pointer it is called through)
 * the function has too, or NULL. */
static ir_function *synth_function(const char *name, char **callees, int n, const ir_function *like) {
  ir_function *f = xcalloc(1, sizeof *f);
  f->name = xstrdup(name);
  if (like) {
    f->returns_int_like = like->returns_int_like;
    f->returns_bool = like->returns_bool;
    f->returns_pointer = like->returns_pointer;
  }
  f->id = -1;
  f->tu = -1;
  f->loc = synth_loc();
  f->vars = xcalloc(1, sizeof *f->vars);
  f->nblocks = n + 2;
  f->blocks = xcalloc((size_t)f->nblocks, sizeof *f->blocks);
  for (int b = 0; b < f->nblocks; b++) f->blocks[b] = empty_block();
  f->entry = 0;
  f->exit = n + 1;
  f->calls = xcalloc((size_t)n + 1, sizeof *f->calls);
  f->calls_cap = n + 1;
  f->rets = xcalloc((size_t)n + 1, sizeof *f->rets);
  f->rets_cap = n + 1;
  ir_block *entry = &f->blocks[0];
  entry->succ = xcalloc((size_t)n + 1, sizeof *entry->succ);
  for (int i = 0; i < n; i++) {
    entry->succ[entry->nsucc++] = (ir_edge){.to = i + 1, .kind = IR_EDGE_ALWAYS};
    f->calls[f->ncalls++] = (ir_call){.callee = xstrdup(callees[i]), .loc = synth_loc(), .result_var = -1, .result_param = -1,
                                      .callee_param = -1, .result_returned = true};
    f->rets[f->nrets++] = (ir_return){.nvals = -1};
    ir_block *b = &f->blocks[i + 1];
    VEC_PUSH(b->ev, b->nev, b->ev_cap, ((ir_event){.kind = EV_CALL, .call = i, .var = -1, .src_call = -1, .ret = -1}));
    VEC_PUSH(b->ev, b->nev, b->ev_cap, ((ir_event){.kind = EV_RETURN, .call = i, .var = -1, .src_call = -1, .ret = i}));
    b->succ = xcalloc(1, sizeof *b->succ);
    b->succ[b->nsucc++] = (ir_edge){.to = n + 1, .kind = IR_EDGE_ALWAYS};
  }
  if (n == 0) { /* entry straight to exit */
    entry->succ[entry->nsucc++] = (ir_edge){.to = 1, .kind = IR_EDGE_ALWAYS};
  }
  return f;
}


/* ---- resolving names ---- */

static void index_names(derive_state *d) {
  free(d->names);
  d->nnames = *d->nfns;
  d->names = xmalloc(((size_t)d->nnames + 1) * sizeof *d->names);
  for (int i = 0; i < d->nnames; i++) d->names[i] = (name_ix){(*d->fns)[i]->name, i};
  qsort(d->names, (size_t)d->nnames, sizeof *d->names, cmp_name_ix);
}

/* As project_definitions: the static of translation unit `tu`, else every
 * external definition. Only the functions indexed (the project's own). */
static int definitions(const derive_state *d, const char *name, int tu, int *out, int max) {
  int lo = 0, hi = d->nnames;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (strcmp(d->names[mid].name, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  int n = 0;
  for (int i = lo; i < d->nnames && !strcmp(d->names[i].name, name); i++) {
    const ir_function *f = (*d->fns)[d->names[i].fn];
    if (!f->is_static) {
      if (n < max) out[n] = d->names[i].fn;
      n++;
    } else if (f->tu == tu) {
      if (max > 0) out[0] = d->names[i].fn;
      return 1;
    }
  }
  return n;
}

/* The first of d->inits (sorted) whose key is `key`, or where it would be. */
static int first_init(const derive_state *d, const char *key) {
  init_entry probe = {(char *)key, (char *)"", -1};
  int lo = 0, hi = d->ninits;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (cmp_init(&d->inits[mid], &probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The functions initializers (or assignments) store in field `key`
 * (STRUCT.FIELD), as indexes of d->fns; through `@dispatch:ID` entries, those
 * dispatch tables give for ID (`kdf->derive = OSSL_FUNC_kdf_derive(fns)` under
 * `case OSSL_FUNC_KDF_DERIVE:`). Returns how many (may exceed max). */
static const char *function_argument(const derive_state *d, const ir_function *f, const ir_call *c, int a,
                                     int depth);

/* Into out[n..], the definitions of function `fn` (named in unit tu) not
 * there yet. Returns the new count (may exceed max). */
static int add_targets(const derive_state *d, const char *fn, int tu, int *out, int n, int max) {
  int defs[4];
  int nd = definitions(d, fn, tu, defs, 4);
  for (int j = 0; j < nd && j < 4; j++) {
    bool dup = false;
    for (int k = 0; k < n && k < max; k++) dup |= out[k] == defs[j];
    if (dup) continue;
    if (n < max) out[n] = defs[j];
    n++;
  }
  return n;
}

typedef struct call_site {
  char *callee; /* a copy: specializations rename callees later */
  int fn, call;
} call_site;

static int cmp_call_site(const void *a, const void *b) {
  const call_site *x = a, *y = b;
  int c = strcmp(x->callee, y->callee);
  return c ? c : x->fn != y->fn ? x->fn - y->fn : x->call - y->call;
}

static void index_call_sites(derive_state *d) {
  int cap = 0;
  for (int i = 0; i < *d->nfns; i++)
    for (int k = 0; k < (*d->fns)[i]->ncalls; k++) {
      const ir_call *c = &(*d->fns)[i]->calls[k];
      if (!c->via_pointer && c->callee)
        VEC_PUSH(d->sites, d->nsites, cap, ((call_site){xstrdup(c->callee), i, k}));
    }
  if (d->nsites) qsort(d->sites, (size_t)d->nsites, sizeof *d->sites, cmp_call_site);
}

/* Into out[n..], what the callers of `name` (defined as fns[def]) pass as its
 * parameter j: the functions. What a caller passes that names no function is
 * left out, as a value other than a function stored in a field is (`@set`):
 * a field given no function at all stays unresolved. */
static int param_targets(const derive_state *d, const char *name, int def, int j, int *out, int n, int max) {
  int lo = 0, hi = d->nsites;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (strcmp(d->sites[mid].callee, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (int i = lo; i < d->nsites && !strcmp(d->sites[i].callee, name); i++) {
    const ir_function *f = (*d->fns)[d->sites[i].fn];
    const ir_call *c = &f->calls[d->sites[i].call];
    int callee;
    if (definitions(d, name, f->tu, &callee, 1) != 1 || callee != def) continue;
    const char *fn = j < c->nargs ? function_argument(d, f, c, j, 0) : NULL;
    if (fn) n = add_targets(d, fn, f->tu, out, n, max);
  }
  return n;
}

static int pointer_targets_at(const derive_state *d, const char *key, int *out, int n, int max, int depth) {
  if (!key || depth > 3) return n;
  for (int i = first_init(d, key); i < d->ninits && !strcmp(d->inits[i].key, key); i++) {
    const char *fn = d->inits[i].fn;
    if (!strncmp(fn, "@field:", 7)) {
      n = pointer_targets_at(d, fn + 7, out, n, max, depth + 1);
    } else if (!strncmp(fn, "@param:", 7)) {
      const char *colon = strrchr(fn + 7, ':');
      char *name = colon ? xasprintf("%.*s", (int)(colon - (fn + 7)), fn + 7) : NULL;
      int def;
      /* A setter of the model's custom_bio.method_setters (BIO_meth_set_ctrl)
       * builds a method of the application's own: OpenSSL's calls of it do
       * not say what is there. */
      if (name && !model_name_in(d->m->bio_method_setters, d->m->nbio_method_setters, name) &&
          definitions(d, name, d->inits[i].tu, &def, 1) == 1)
        n = param_targets(d, name, def, atoi(colon + 1), out, n, max);
      free(name);
    } else if (fn[0] == '@') {
      n = pointer_targets_at(d, fn, out, n, max, depth + 1);
    } else {
      n = add_targets(d, fn, d->inits[i].tu, out, n, max);
    }
    if (n > max) return n;
  }
  return n;
}

static int pointer_targets(const derive_state *d, const char *key, int *out, int max) {
  return pointer_targets_at(d, key, out, 0, max, 0);
}

/* Whether any initializer or assignment of the run gives field `key` a value
 * (a function, a dispatch table's, or anything else). */
static bool ever_set(const derive_state *d, const char *key) {
  if (!key) return false;
  int i = first_init(d, key);
  return i < d->ninits && !strcmp(d->inits[i].key, key);
}

/* A function that an initializer stores in `key` and that no file of the run
 * defines (`memset_func = memset`: the C library's), or NULL. */
static const char *external_target(const derive_state *d, const char *key) {
  if (!key) return NULL;
  for (int i = first_init(d, key); i < d->ninits && !strcmp(d->inits[i].key, key); i++) {
    int def;
    if (d->inits[i].fn[0] != '@' && definitions(d, d->inits[i].fn, d->inits[i].tu, &def, 1) == 0)
      return d->inits[i].fn;
  }
  return NULL;
}

/* A name by which fns[i] can be called from anywhere: its own, or for a
 * static function a copy under a unique name. */
static const char *global_name(derive_state *d, int i) {
  const ir_function *f = (*d->fns)[i];
  if (!f->is_static) return f->name;
  char *key = xasprintf("%s@tu%d", f->name, f->tu);
  const char *made = memo_get(key);
  if (!made) {
    ir_function *c = ir_function_clone(f, key);
    c->is_static = false;
    c->in_header = false;
    add_fn(d, c);
    d->ntrampolines++;
    memo_put(key, key);
    made = memo_get(key);
  }
  free(key);
  return made;
}

/* The function a call through pointer field `key` reaches: a dispatcher over
 * its targets (indexes of d->fns). */
static const char *dispatcher(derive_state *d, const char *key, const int *targets, int n) {
  const char *made = memo_get(key);
  if (made) return made;
  char **names = xcalloc((size_t)n + 1, sizeof *names);
  for (int i = 0; i < n; i++) names[i] = xstrdup(global_name(d, targets[i]));
  add_fn(d, synth_function(key, names, n, n > 0 ? (*d->fns)[targets[0]] : NULL));
  d->ndispatchers++;
  for (int i = 0; i < n; i++) free(names[i]);
  free(names);
  memo_put(key, key);
  return memo_get(key);
}

static bool named_by_model(const derive_state *d, const ir_call *c) {
  return model_lookup(d->m, c->callee) || model_lookup(d->m, c->callee_alias) ||
         model_lookup(d->m, c->callee_type);
}

static void set_callee(ir_call *c, const char *name) {
  free(c->callee);
  c->callee = xstrdup(name);
  c->via_pointer = false;
  c->callee_openssl = false;
  c->callee_system = false;
}

/* Every call through a pointer of the original functions: to a dispatcher
 * over its method-table targets, or to the may-push function. */
static void resolve_pointer_calls(derive_state *d, int nfns) {
  int targets[MAX_TARGETS];
  for (int i = 0; i < nfns; i++) {
    ir_function *f = (*d->fns)[i];
    for (int k = 0; k < f->ncalls; k++) {
      ir_call *c = &f->calls[k];
      if (!c->via_pointer || named_by_model(d, c)) continue;
      int n = pointer_targets(d, c->callee, targets, MAX_TARGETS);
      const char *key = c->callee;
      if (n == 0 && c->callee_alias) {
        n = pointer_targets(d, c->callee_alias, targets, MAX_TARGETS);
        key = c->callee_alias;
      }
      const char *external = n == 0 ? external_target(d, c->callee) : NULL;
      if (!external && n == 0) external = external_target(d, c->callee_alias);
      if (external) { /* a function no file defines: as a direct call of it */
        char *name = xstrdup(external);
        set_callee(c, name);
        free(name);
        d->nresolved_calls++;
      } else if (n == 0 && c->callee && strchr(c->callee, '.') && !ever_set(d, c->callee) &&
                 !ever_set(d, c->callee_alias)) {
        /* a struct field the code never gives a value: the call runs no code
         * of OpenSSL's (its guard, `if (meth->finish != NULL)`, is never true
         * but for an application's own callback) */
        set_callee(c, NEVER_SET_POINTER);
        d->nnever_set++;
      } else if (n > 0 && n <= MAX_TARGETS) {
        char *k2 = xstrdup(key);
        set_callee(c, dispatcher(d, k2, targets, n));
        free(k2);
        d->nresolved_calls++;
        f = (*d->fns)[i]; /* (the array may have moved, not the function) */
      } else {
        VEC_PUSH(d->unresolved, d->nunresolved, d->unresolved_cap,
                 xstrdup(c->callee ? c->callee : "(a call through an expression: ERR_raise's is one)"));
        set_callee(c, UNRESOLVED_POINTER);
      }
    }
  }
}

/* ---- ctrl specializations ---- */


static const char *specialize(derive_state *d, int fn, int arg, long long value);

/* A copy of fns[fn] named `key` (taken), callable from anywhere, added to the
 * run; *name gets its name. NULL when that copy exists already or no more may
 * be made (*name: the copy, or fns[fn] itself). */
static ir_function *new_copy(derive_state *d, int fn, char *key, const char **name) {
  const char *made = memo_get(key);
  if (made || d->nclones >= MAX_CLONES) {
    free(key);
    *name = made ? made : global_name(d, fn);
    return NULL;
  }
  ir_function *c = ir_function_clone((*d->fns)[fn], key);
  c->is_static = false;
  c->in_header = false;
  memo_put(key, key);
  *name = memo_get(key);
  free(key);
  add_fn(d, c);
  d->nclones++;
  return c;
}


/* Call k of function c (of unit tu), whose argument j is known to be `value`:
 * to its callee's specialization for that argument (through a dispatcher: a
 * dispatcher over its targets' specializations). */
static void specialize_call(derive_state *d, ir_function *c, int k, int j, long long value) {
  const char *callee = c->calls[k].callee;
  int n;
  char *spec_key = NULL;
  int targets[MAX_TARGETS];
  if (strchr(callee, '.')) { /* a dispatcher: its targets */
    n = pointer_targets(d, callee, targets, MAX_TARGETS);
    if (n <= 0 || n > MAX_TARGETS) return;
    spec_key = xasprintf("%s@%d=%lld", callee, j, value);
  } else {
    n = definitions(d, callee, c->tu, targets, 16);
    if (n <= 0 || n > 16) return;
    if (n > 1) spec_key = xasprintf("%s@tu%d@%d=%lld", callee, c->tu, j, value);
  }
  const char *name;
  if (n == 1 && !spec_key) {
    name = specialize(d, targets[0], j, value);
  } else if ((name = memo_get(spec_key)) == NULL) {
    char **names = xcalloc((size_t)n + 1, sizeof *names);
    int m = 0;
    for (int t = 0; t < n; t++) {
      const char *s = specialize(d, targets[t], j, value);
      if (s) names[m++] = xstrdup(s);
    }
    add_fn(d, synth_function(spec_key, names, m, (*d->fns)[targets[0]]));
    d->ndispatchers++;
    for (int t = 0; t < m; t++) free(names[t]);
    free(names);
    memo_put(spec_key, spec_key);
    name = memo_get(spec_key);
  }
  free(spec_key);
  if (name) set_callee(&c->calls[k], name);
}

/* The calls of clone c that pass its parameter `arg` on unchanged: to the
 * callee's specialization for that argument. */
static void specialize_calls(derive_state *d, ir_function *c, int arg, long long value) {
  for (int k = 0; k < c->ncalls; k++) {
    int j = -1;
    for (int a = 0; a < c->calls[k].nargs && j < 0; a++)
      if (c->calls[k].args[a].kind == ARG_VAR && c->calls[k].args[a].var == arg) j = a;
    if (j < 0 || !c->calls[k].callee || named_by_model(d, &c->calls[k])) continue;
    specialize_call(d, c, k, j, value);
  }
}

/* Function fns[fn] with parameter `arg` known to be `value`: a copy without
 * the branches that value cannot take. Returns its name (memoized). */
static const char *specialize(derive_state *d, int fn, int arg, long long value) {
  const ir_function *f = (*d->fns)[fn];
  if (f->tu < 0 || arg >= f->nparams || ir_assigns(f, arg)) return global_name(d, fn);
  const char *made;
  ir_function *c = new_copy(d, fn, xasprintf("%s@tu%d@%d=%lld", f->name, f->tu, arg, value), &made);
  if (!c) return made;
  ir_prune_for_value(c, arg, value);
  ir_drop_unreachable(c);
  specialize_calls(d, c, arg, value);
  return made;
}

/* Whether fns[fn] branches on its parameter `arg` (`switch (cmd)`, `if
 * (txt)`, `if (flags & X)`), itself or in a callee it passes the parameter on
 * to unchanged (BIO_ctrl's `b->method->ctrl(b, cmd, larg, parg)`), and never
 * assigns it. */
static bool branches_on_param(const derive_state *d, int fn, int arg, int depth) {
  const ir_function *f = (*d->fns)[fn];
  if (arg >= f->nparams || depth > 3 || ir_assigns(f, arg)) return false;
  if (ir_branches_on(f, arg)) return true;
  for (int k = 0; k < f->ncalls; k++) {
    const ir_call *c = &f->calls[k];
    if (!c->callee) continue;
    for (int a = 0; a < c->nargs; a++) {
      if (c->args[a].kind != ARG_VAR || c->args[a].var != arg) continue;
      if (strchr(c->callee, '.')) { /* through a dispatcher: any of its targets */
        int targets[MAX_TARGETS];
        int n = pointer_targets(d, c->callee, targets, MAX_TARGETS);
        for (int t = 0; t < n && n <= MAX_TARGETS; t++)
          if (branches_on_param(d, targets[t], a, depth + 1)) return true;
      } else {
        int def;
        if (definitions(d, c->callee, f->tu, &def, 1) == 1 && branches_on_param(d, def, a, depth + 1)) return true;
      }
    }
  }
  return false;
}

/* Every direct call, of the functions and of the copies made on the way, that
 * passes a constant to a parameter its callee branches on: to the callee's
 * copy for that value (BIO_ctrl_get_write_guarantee's `BIO_ctrl(b,
 * BIO_C_GET_WRITE_GUARANTEE, 0, NULL)`). The first such argument of a call. */
static void specialize_constant_calls(derive_state *d) {
  for (int i = 0; i < *d->nfns; i++) {
    ir_function *f = (*d->fns)[i];
    for (int k = 0; k < f->ncalls; k++) {
      const ir_call *c = &f->calls[k];
      int def;
      if (c->via_pointer || !c->callee || strchr(c->callee, '.') || named_by_model(d, c) ||
          definitions(d, c->callee, f->tu, &def, 1) != 1)
        continue; /* (a primitive keeps its role: ERR_set_error(ERR_LIB_BIO, ...)) */
      for (int a = 0; a < c->nargs; a++)
        if (c->args[a].kind == ARG_CONST && branches_on_param(d, def, a, 0)) {
          specialize_call(d, f, k, a, c->args[a].value);
          break;
        }
    }
  }
}

/* ---- the run ---- */

/* ---- callbacks passed as arguments ---- */

/* f returns its parameter 0, unchanged, on every return
 * (`ossl_check_X509_freefunc_type(fr)`, which safestack's macros wrap around
 * the callback they pass). */
static bool returns_first_param(const ir_function *f) {
  if (f->nparams < 1 || ir_assigns(f, 0)) return false;
  bool any = false;
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind != EV_RETURN) continue;
      if (ev->var != 0) return false;
      any = true;
    }
  return any;
}

/* The function argument a of call c (of f) names: `X509_free`, or through an
 * identity function, `ossl_check_X509_freefunc_type(X509_free)`; or NULL. */
static const char *function_argument(const derive_state *d, const ir_function *f, const ir_call *c, int a,
                                     int depth) {
  const ir_arg *arg = &c->args[a];
  if (arg->kind == ARG_FUNCTION) return arg->fn;
  if (arg->kind != ARG_CALL || depth > 2) return NULL;
  const ir_call *inner = &f->calls[arg->call];
  int def;
  if (inner->via_pointer || !inner->callee || inner->nargs < 1 || definitions(d, inner->callee, f->tu, &def, 1) != 1 ||
      !returns_first_param((*d->fns)[def]))
    return NULL;
  return function_argument(d, f, inner, 0, depth + 1);
}

/* fns[fn] calls through its parameter j, itself or in a callee it passes j on
 * to unchanged. */
static bool calls_through_param(const derive_state *d, int fn, int j, int depth) {
  const ir_function *f = (*d->fns)[fn];
  if (j >= f->nparams || depth > 4 || ir_assigns(f, j)) return false;
  for (int k = 0; k < f->ncalls; k++)
    if (f->calls[k].via_pointer && f->calls[k].callee_param == j) return true;
  for (int k = 0; k < f->ncalls; k++) {
    const ir_call *c = &f->calls[k];
    if (c->via_pointer || !c->callee) continue;
    for (int a = 0; a < c->nargs; a++) {
      int def;
      if (c->args[a].kind == ARG_VAR && c->args[a].var == j && definitions(d, c->callee, f->tu, &def, 1) == 1 &&
          calls_through_param(d, def, a, depth + 1))
        return true;
    }
  }
  return false;
}

/* fns[fn] with its parameter j known to be function `cb` (a name callable
 * from anywhere): a copy whose calls through j call cb, through the callees it
 * passes j on to. Returns its name (memoized). */
static const char *specialize_callback(derive_state *d, int fn, int j, const char *cb, int depth) {
  const ir_function *f = (*d->fns)[fn];
  if (depth > 4) return global_name(d, fn);
  const char *made;
  ir_function *c = new_copy(d, fn, xasprintf("%s@tu%d@%d=&%s", f->name, f->tu, j, cb), &made);
  if (!c) return made;
  for (int k = 0; k < c->ncalls; k++) {
    ir_call *call = &c->calls[k];
    if (call->via_pointer && call->callee_param == j) {
      set_callee(call, cb);
      continue;
    }
    if (call->via_pointer || !call->callee) continue;
    for (int a = 0; a < call->nargs; a++) {
      int def;
      if (call->args[a].kind != ARG_VAR || call->args[a].var != j) continue;
      if (definitions(d, call->callee, c->tu, &def, 1) == 1 && calls_through_param(d, def, a, 0)) {
        char *name = xstrdup(specialize_callback(d, def, a, cb, depth + 1));
        set_callee(call, name);
        free(name);
      }
      break;
    }
  }
  return made;
}

/* Every call of the original functions that passes a function to a parameter
 * its callee calls through: to the callee's copy for that function. */
static void specialize_callback_calls(derive_state *d, int nfns) {
  for (int i = 0; i < nfns; i++) {
    for (int k = 0; k < (*d->fns)[i]->ncalls; k++) {
      const ir_function *f = (*d->fns)[i];
      const ir_call *c = &f->calls[k];
      int def;
      if (c->via_pointer || !c->callee || definitions(d, c->callee, f->tu, &def, 1) != 1) continue;
      for (int a = 0; a < c->nargs; a++) {
        const char *cb = function_argument(d, f, c, a, 0);
        if (!cb || !calls_through_param(d, def, a, 0)) continue;
        int cb_def; /* a static function of the caller's file: by a name callable from the copy */
        char *cb_name = xstrdup(definitions(d, cb, f->tu, &cb_def, 1) == 1 ? global_name(d, cb_def) : cb);
        char *name = xstrdup(specialize_callback(d, def, a, cb_name, 0));
        set_callee(&(*d->fns)[i]->calls[k], name);
        d->ncallback_calls++;
        free(name);
        free(cb_name);
        break;
      }
    }
  }
}

derive_state *derive_prepare(const char *public_dir, const api_model *m, ir_function ***fns, int *nfns,
                             const tu_result *results, int nresults) {
  derive_state *d = xcalloc(1, sizeof *d);
  if (!read_public_api(d, public_dir)) {
    derive_free(d);
    return NULL;
  }
  d->m = m;
  d->fns = fns;
  d->nfns = nfns;
  d->fns_cap = *nfns;
  for (int t = 0; t < nresults; t++)
    for (int i = 0; i < results[t].ninits; i++) {
      const char *s = results[t].inits[i], *sp = strchr(s, ' ');
      if (!sp) continue;
      init_entry e = {xasprintf("%.*s", (int)(sp - s), s), xstrdup(sp + 1), t};
      VEC_PUSH(d->inits, d->ninits, d->inits_cap, e);
    }
  if (d->ninits > 1) qsort(d->inits, (size_t)d->ninits, sizeof *d->inits, cmp_init);
  index_names(d);
  int original = *nfns;
  /* The function every unresolved pointer call reaches: it pushes (it calls
   * the primitive that gives an error its reason, with no reason known). */
  char *push = xstrdup("ERR_set_error");
  ir_function *pusher = synth_function(UNRESOLVED_POINTER, &push, 1, NULL);
  free(push);
  add_fn(d, pusher);
  specialize_callback_calls(d, original);
  index_call_sites(d);
  resolve_pointer_calls(d, *nfns);
  /* Specializations see the trampolines and dispatchers too. */
  index_names(d);
  for (int i = 0; i < d->ncmds; i++) {
    const pub_fn *p = find_pub(d, d->cmds[i].fn);
    int defs[16];
    int n = definitions(d, d->cmds[i].fn, -2, defs, 16);
    for (int j = 0; j < n && j < 16; j++) specialize(d, defs[j], p->cmd_arg, d->cmds[i].value);
  }
  specialize_constant_calls(d);
  fprintf(stderr,
          "ossl-lint: derive: %d public functions, %d ctrl commands; %d pointer calls resolved through "
          "%d method-table fields, %d through fields nothing sets, %d not; %d calls passing a callback; "
          "%d specializations, %d static functions made callable\n",
          d->npub, d->ncmds, d->nresolved_calls, d->ndispatchers, d->nnever_set, d->nunresolved,
          d->ncallback_calls, d->nclones, d->ntrampolines);
  return d;
}

/* ---- writing the model ---- */

typedef struct {
  const char *role; /* pure, pushes, pushes_on_failure, drain, clear */
  bool empties;
  int nfail;
  long long fail[8];
} derived_role;

static void add_failure(derived_role *r, const fn_summary *s) {
  if (s->fail_n < 0 || r->nfail < 0) {
    r->nfail = -1;
    return;
  }
  for (int i = 0; i < s->fail_n; i++) {
    bool have = false;
    for (int j = 0; j < r->nfail; j++) have |= r->fail[j] == s->fail_vals[i];
    if (have) continue;
    if (r->nfail == 8) {
      r->nfail = -1;
      return;
    }
    r->fail[r->nfail++] = s->fail_vals[i];
  }
}

static int cmp_ll(const void *a, const void *b) {
  long long x = *(const long long *)a, y = *(const long long *)b;
  return x < y ? -1 : x > y;
}

/* What a call that may reach any of defs does, from their summaries. */
static derived_role role_of(const project *p, const int *defs, int n) {
  bool dirty = false, drains = false, keeps = false;
  derived_role r = {0};
  for (int i = 0; i < n; i++) {
    const fn_summary *s = &p->sums[defs[i]];
    if (s->exit_mask & Q_DIRTY) {
      dirty = true;
      add_failure(&r, s);
    }
    drains |= s->drains;
    keeps |= (s->exit_mask & Q_ENTRY) != 0;
  }
  if (dirty) {
    r.role = r.nfail > 0 ? "pushes_on_failure" : "pushes";
    if (r.nfail > 1) qsort(r.fail, (size_t)r.nfail, sizeof *r.fail, cmp_ll);
  } else if (drains) {
    r.role = "drain";
    r.empties = !keeps;
  } else {
    r.role = "pure";
  }
  return r;
}

/* sep: ", " in a flow mapping, "\n    " in a block one. */
static void write_role(FILE *out, const derived_role *r, const char *sep) {
  fprintf(out, "role: %s", r->role);
  if (r->empties) fprintf(out, "%sempties: true", sep);
  if (!strcmp(r->role, "pushes_on_failure")) {
    fprintf(out, "%sfailure: [", sep);
    for (int i = 0; i < r->nfail; i++) fprintf(out, "%s%lld", i ? ", " : "", r->fail[i]);
    fputs("]", out);
  }
}

static int ncmd_of(const derive_state *d, const char *fn) {
  int n = 0;
  for (int c = 0; c < d->ncmds; c++) n += !strcmp(d->cmds[c].fn, fn);
  return n;
}

/* The external definitions of a public name in the project (the originals,
 * not the copies this run made). */
static int public_definitions(const project *p, const char *name, int *out, int max) {
  ir_function probe = {.tu = -2};
  int n = project_definitions(p, name, &probe, out, max);
  return n;
}

bool derive_write(const derive_state *d, const project *p, const char *path, const char *source,
                  const char *command) {
  const char *why = getenv("OSSL_LINT_DERIVE_WHY");
  if (why) {
    project_explain_pushes(p, why);
  }
  FILE *out = fopen(path, "w");
  if (!out) {
    fprintf(stderr, "ossl-lint: error: cannot write %s: %s\n", path, strerror(errno));
    return false;
  }
  int counts[5] = {0}, undefined = 0;
  static const char *const names[5] = {"pure", "pushes_on_failure", "pushes", "drain", "clear"};
  strbuf body = {0};
  for (int i = 0; i < d->npub; i++) {
    int defs[16];
    const api_function *given = model_lookup(d->m, d->pub[i].name);
    if (given) { /* a primitive of the derive run: its role as given there */
      sb_appendf(&body, "  - {name: %s, role: %s%s}\n", given->name, model_role_name(given->role),
                 given->role == ROLE_DRAIN && given->empties ? ", empties: true" : "");
      continue;
    }
    int n = public_definitions(p, d->pub[i].name, defs, 16);
    if (n <= 0) {
      undefined++;
      continue;
    }
    derived_role r = role_of(p, defs, n < 16 ? n : 16);
    for (int k = 0; k < 5; k++) counts[k] += !strcmp(r.role, names[k]);
    char *role = NULL;
    {
      FILE *mem;
      size_t len;
      mem = open_memstream(&role, &len);
      write_role(mem, &r, ncmd_of(d, d->pub[i].name) ? "\n    " : ", ");
      fclose(mem);
    }
    int first = -1, ncmd = 0;
    for (int c = 0; c < d->ncmds; c++)
      if (!strcmp(d->cmds[c].fn, d->pub[i].name)) {
        if (first < 0) first = c;
        ncmd++;
      }
    if (!ncmd) {
      sb_appendf(&body, "  - {name: %s, %s}\n", d->pub[i].name, role);
      free(role);
      continue;
    }
    sb_appendf(&body, "  - name: %s\n    %s\n    cmd_arg: %d\n    commands:\n", d->pub[i].name, role,
               d->pub[i].cmd_arg);
    free(role);
    for (int c = first; c < first + ncmd; c++) {
      const pub_cmd *pc = &d->cmds[c];
      int cdefs[16], m = 0;
      for (int j = 0; j < n && j < 16; j++) {
        char *key = xasprintf("%s@tu%d@%d=%lld", pc->fn, p->fns[defs[j]]->tu, d->pub[i].cmd_arg, pc->value);
        int one;
        if (project_definitions(p, key, &(ir_function){.tu = -2}, &one, 1) == 1) cdefs[m++] = one;
        else cdefs[m++] = defs[j]; /* not specialized: the function's own role */
        free(key);
      }
      derived_role cr = role_of(p, cdefs, m);
      sb_appendf(&body, "      - {cmd: %lld, name: %s, ", pc->value, pc->name);
      char *crole = NULL;
      size_t len;
      FILE *mem = open_memstream(&crole, &len);
      write_role(mem, &cr, ", ");
      fclose(mem);
      sb_appendf(&body, "%s}\n", crole);
      free(crole);
    }
  }
  fprintf(out,
          "# Generated by ossl-lint --derive-model: what each function the public headers of\n"
          "# %s declare does to the thread's error queue, from the summaries of OpenSSL's own code\n"
          "# (libcrypto and libssl, the default provider included). Do not edit: regenerate with\n"
          "#   %s\n"
          "# Roles in openssl-api.yaml win over these. Schema: openssl-api.schema.md.\n"
          "#\n"
          "# pure: no path pushes an error; pushes_on_failure: every path that may push returns one\n"
          "# of `failure`; pushes: some path pushes and returns something else, or what it returns\n"
          "# there is not a constant. ctrl functions get a role per command constant (cmd_arg).\n"
          "#\n"
          "# Approximations: a call through a function pointer is resolved to the functions that\n"
          "# initializers or assignments store in that struct field or variable (method tables, all\n"
          "# of them), and through a provider's dispatch table to the function it gives for the\n"
          "# identifier of the `case` the field is assigned under; a field no code gives a value\n"
          "# calls none of OpenSSL's code; a call through a parameter, the function a call site\n"
          "# passes there. One that nothing resolves (a callback the call site does not name,\n"
          "# fields a setter fills from its parameter, callbacks not named in the derive run's\n"
          "# model) counts as a call that may push. Branches are not correlated beyond what\n"
          "# the summaries prove, so some functions are `pushes` where only failures push.\n"
          "# What the primitives model leaves uncounted is not counted (errors pushed only when an\n"
          "# allocation fails, a stack outgrows INT_MAX or the caller passes NULL for an object:\n"
          "# see openssl-derive-primitives.yaml).\n"
          "# Functions the headers declare but this build does not define (%d) are left out.\n"
          "#\n"
          "# %d functions: %d pure, %d pushes_on_failure, %d pushes, %d drain.\n"
          "version: 1\n"
          "source: \"%s\"\n"
          "functions:\n",
          source, command, undefined, counts[0] + counts[1] + counts[2] + counts[3] + counts[4], counts[0],
          counts[1], counts[2], counts[3], source);
  char *text = sb_take(&body);
  fputs(text, out);
  free(text);
  bool ok = fclose(out) == 0;
  if (!ok) fprintf(stderr, "ossl-lint: error: cannot write %s\n", path);
  /* The pointer calls nothing resolved, most frequent first: the derive
   * model's holes (a callback that never pushes can be named there). */
  if (d->nunresolved) {
    char **v = xmalloc((size_t)d->nunresolved * sizeof *v);
    memcpy(v, d->unresolved, (size_t)d->nunresolved * sizeof *v);
    qsort(v, (size_t)d->nunresolved, sizeof *v, cmp_strp);
    fprintf(stderr, "ossl-lint: derive: unresolved pointer calls (taken as may-push), by field:\n");
    int shown = 0;
    for (int i = 0; i < d->nunresolved && shown < (getenv("OSSL_LINT_DERIVE_ALL") ? 100000 : 40);) {
      int j = i;
      while (j < d->nunresolved && !strcmp(v[j], v[i])) j++;
      if (j - i >= 3 || getenv("OSSL_LINT_DERIVE_ALL")) {
        fprintf(stderr, "  %s %d\n", v[i], j - i);
        shown++;
      }
      i = j;
    }
    free(v);
  }
  fprintf(stderr, "ossl-lint: derive: wrote %s: %d pure, %d pushes_on_failure, %d pushes, %d drain; %d declared "
                  "but not defined\n",
          path, counts[0], counts[1], counts[2], counts[3], undefined);
  return ok;
}

void derive_free(derive_state *d) {
  if (!d) return;
  for (int i = 0; i < d->npub; i++) free(d->pub[i].name);
  free(d->pub);
  for (int i = 0; i < d->ncmds; i++) {
    free(d->cmds[i].fn);
    free(d->cmds[i].name);
  }
  free(d->cmds);
  for (int i = 0; i < d->ninits; i++) {
    free(d->inits[i].key);
    free(d->inits[i].fn);
  }
  free(d->inits);
  for (int i = 0; i < d->nunresolved; i++) free(d->unresolved[i]);
  free(d->unresolved);
  for (int i = 0; i < d->nsites; i++) free(d->sites[i].callee);
  free(d->sites);
  free(d->names);
  free(d->made);
  memo_free();
  free(d);
}
