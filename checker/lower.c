#include "lower.h"

#include "cursor.h"
#include "field_writes.h"
#include "hash.h"
#include "util.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a map from cursors to small integers ---- */

typedef struct {
  CXCursor *keys;
  int *vals;
  unsigned cap, n;
} cursor_map;

static void map_grow(cursor_map *m);

static int map_get(const cursor_map *m, CXCursor c) {
  if (!m->cap) return -1;
  for (unsigned i = clang_hashCursor(c) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    if (m->vals[i] < 0) return -1;
    if (clang_equalCursors(m->keys[i], c)) return m->vals[i];
  }
}

static void map_put(cursor_map *m, CXCursor c, int v) {
  if (2 * (m->n + 1) > m->cap) map_grow(m);
  unsigned i = clang_hashCursor(c) & (m->cap - 1);
  while (m->vals[i] >= 0 && !clang_equalCursors(m->keys[i], c)) i = (i + 1) & (m->cap - 1);
  if (m->vals[i] < 0) m->n++;
  m->keys[i] = c;
  m->vals[i] = v;
}

static void map_grow(cursor_map *m) {
  cursor_map old = *m;
  m->cap = old.cap ? old.cap * 2 : 64;
  m->n = 0;
  m->keys = xmalloc(m->cap * sizeof *m->keys);
  m->vals = xmalloc(m->cap * sizeof *m->vals);
  for (unsigned i = 0; i < m->cap; i++) m->vals[i] = -1;
  for (unsigned i = 0; i < old.cap; i++)
    if (old.vals[i] >= 0) map_put(m, old.keys[i], old.vals[i]);
  free(old.keys);
  free(old.vals);
}

static void map_free(cursor_map *m) {
  free(m->keys);
  free(m->vals);
}

/* ---- helpers ---- */

/* Where c is written, for a translation unit whose main file is `main`. */
static ir_loc location_in(CXCursor c, CXFile main) {
  CXSourceLocation loc = clang_getRangeStart(clang_getCursorExtent(c));
  CXFile file;
  unsigned line, col;
  clang_getExpansionLocation(loc, &file, &line, &col, NULL);
  ir_loc r = {.line = line, .col = col};
  r.file = file ? cx_take(clang_getFileName(file)) : xstrdup("<unknown>");
  /* (where the expansion is: a macro's use in the main file names the main file as given) */
  if (file && !(main ? clang_File_isEqual(file, main) : clang_Location_isFromMainFile(loc))) {
    /* A header reached by different relative paths from different files: one name. */
    char *real = cx_take(clang_File_tryGetRealPathName(file));
    if (*real) {
      free(r.file);
      r.file = real;
    } else {
      free(real);
    }
  }
  return r;
}

static CXFile main_file(CXTranslationUnit tu) {
  char *name = cx_take(clang_getTranslationUnitSpelling(tu));
  CXFile main = clang_getFile(tu, name);
  free(name);
  return main;
}

ir_loc lower_location(CXCursor c) { return location_in(c, main_file(clang_Cursor_getTranslationUnit(c))); }

typedef struct {
  char *key; /* `3->ssl->last`: variable 3, then its fields */
  int var;
} path_entry;

typedef struct {
  CXCursor *v;
  int n, cap;
} cursor_vec;

typedef struct {
  ir_function *f;
  cursor_map vars;  /* VarDecl/ParmDecl -> variable index */
  cursor_map calls; /* CallExpr -> call index */
  const char *openssl_dir;
  int vars_cap;  /* capacity of f->vars */
  int groups;    /* test groups handed out */
  path_entry *paths; /* the path variables, by access path */
  int npaths, paths_cap;
  CXFile main;       /* the translation unit's main file */
  CXFile text_file;  /* the file whose text `text` is (clang_getFileContents looks it up: keep it) */
  const char *text;
  size_t text_size;
  /* `v = <expr>` where <expr> is no call's result: candidates for
   * thread_flag_tests() (`e = (f() != OK);`). */
  struct flag_def {
    int var;
    CXCursor rhs;
  } *flag_defs;
  int nflag_defs, flag_defs_cap;
  CXCursor fn;        /* the function lowered */
  cursor_vec written; /* its parameters and locals assigned, incremented or address-taken ... */
  bool written_known; /* ... once computed (written_locals()) */
} lowering;

static enum CXChildVisitResult find_written_locals(CXCursor c, CXCursor parent, CXClientData data);
static bool is_written(const cursor_vec *w, CXCursor d);
static bool initialized(CXCursor var);

static ir_loc locate(const lowering *L, CXCursor c) { return location_in(c, L->main); }

/* The text of a file of the translation unit, NULL if none. */
static const char *file_text(lowering *L, CXTranslationUnit tu, CXFile file, size_t *size) {
  if (!L->text_file || !clang_File_isEqual(file, L->text_file)) {
    L->text_size = 0;
    L->text = clang_getFileContents(tu, file, &L->text_size);
    L->text_file = file;
  }
  *size = L->text_size;
  return L->text;
}

/* The information on variable v, growing f->vars to cover it. */
static ir_var *var_info(lowering *L, int v) {
  ir_function *f = L->f;
  if (v >= L->vars_cap) {
    int cap = v + 16;
    f->vars = xrealloc(f->vars, (size_t)cap * sizeof *f->vars);
    for (int i = L->vars_cap; i < cap; i++) f->vars[i] = (ir_var){.path_root = -1};
    L->vars_cap = cap;
  }
  return &f->vars[v];
}

/* A signed integer type at least as wide as int, or an enum (whose constants
 * are ints): what holds an int result unchanged and compares it as signed. */
static bool int_like(CXType t) {
  t = clang_getCanonicalType(t);
  switch (t.kind) {
  case CXType_Enum:
  case CXType_Int:
  case CXType_Long:
  case CXType_LongLong:
  case CXType_Int128: return true;
  default: return false;
  }
}

/* An unsigned integer type at least as wide as int (size_t, unsigned). */
static bool wide_unsigned(CXType t) {
  switch (clang_getCanonicalType(t).kind) {
  case CXType_UInt:
  case CXType_ULong:
  case CXType_ULongLong:
  case CXType_UInt128: return true;
  default: return false;
  }
}

static int var_of_decl(lowering *L, CXCursor decl) {
  int v = map_get(&L->vars, decl);
  if (v >= 0) return v;
  v = L->f->nvars++;
  map_put(&L->vars, decl, v);
  ir_var *info = var_info(L, v);
  info->int_like = int_like(clang_getCursorType(decl));
  info->is_unsigned = wide_unsigned(clang_getCursorType(decl));
  info->wide = clang_Type_getSizeOf(clang_getCursorType(decl)) >= 4;
  info->pointer = clang_getCanonicalType(clang_getCursorType(decl)).kind == CXType_Pointer;
  info->is_bool = clang_getCanonicalType(clang_getCursorType(decl)).kind == CXType_Bool;
  return v;
}

/* A parameter or a local variable (not static). */
static bool is_local(CXCursor d) {
  enum CXCursorKind k = clang_getCursorKind(d);
  return k == CXCursor_ParmDecl || (k == CXCursor_VarDecl && !clang_Cursor_hasVarDeclGlobalStorage(d));
}

/* The base of member expression e (`c` of `c->ssl`, `c.ssl`), and whether
 * it is reached through a pointer (`->`); false when e has no child. */
static bool member_base(CXCursor e, CXCursor *base, bool *arrow) {
  cursor_list l = cursor_children(e);
  bool ok = l.n >= 1;
  if (ok) *base = l.v[0];
  free(l.v);
  if (ok) *arrow = clang_getCanonicalType(clang_getCursorType(*base)).kind == CXType_Pointer;
  return ok;
}

/* The local variable an expression names: `x`, or `x.field` (not through `->`). */
static int local_root(lowering *L, CXCursor e) {
  for (;;) {
    e = cfg_strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(e);
      return is_local(d) ? var_of_decl(L, d) : -1;
    }
    CXCursor base;
    bool arrow;
    if (k != CXCursor_MemberRefExpr || !member_base(e, &base, &arrow) || arrow) return -1;
    e = base;
  }
}

enum { MAX_PATH_VARS = 256, MAX_PATH_DEPTH = 8 };

/* A field reached through a pointer from a local variable or parameter,
 * `c->ssl->last`: a variable of its own, named by the access path. */
static int path_var(lowering *L, CXCursor e) {
  CXCursor whole = e;
  char *parts[MAX_PATH_DEPTH];
  int nparts = 0, root = -1;
  bool through_pointer = false;
  for (e = cfg_strip(e); nparts < MAX_PATH_DEPTH; e = cfg_strip(e)) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      root = local_root(L, e);
      break;
    }
    CXCursor base;
    bool arrow;
    if (k != CXCursor_MemberRefExpr || !member_base(e, &base, &arrow)) break;
    through_pointer |= arrow;
    char *name = cx_take(clang_getCursorSpelling(e));
    parts[nparts++] = xasprintf("%s%s", arrow ? "->" : ".", name);
    free(name);
    e = base;
  }
  int v = -1;
  CXType type = clang_getCursorType(whole);
  if (root >= 0 && through_pointer) {
    strbuf sb = {0};
    sb_appendf(&sb, "%d", root);
    for (int i = nparts - 1; i >= 0; i--) sb_append(&sb, parts[i]);
    char *key = sb_take(&sb);
    for (int i = 0; i < L->npaths && v < 0; i++)
      if (!strcmp(L->paths[i].key, key)) v = L->paths[i].var;
    if (v < 0 && L->npaths < MAX_PATH_VARS) {
      v = L->f->nvars++;
      path_entry pe = {key, v};
      VEC_PUSH(L->paths, L->npaths, L->paths_cap, pe);
      ir_var *info = var_info(L, v);
      info->path_root = root;
      info->int_like = int_like(type);
      info->is_unsigned = wide_unsigned(type);
      info->wide = clang_Type_getSizeOf(type) >= 4;
      info->pointer = clang_getCanonicalType(type).kind == CXType_Pointer;
      info->field = object_key_of(whole, L->openssl_dir);
      key = NULL;
    }
    free(key);
  }
  for (int i = 0; i < nparts; i++) free(parts[i]);
  return v;
}

/* A variable of static storage of a scalar type (`tls_conn`, `use_ssl`),
 * named as it is (not a field of it): ir_var.is_global; else -1. */
static int global_var(lowering *L, CXCursor e) {
  e = cfg_strip(e);
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr) return -1;
  CXCursor d = clang_getCursorReferenced(e);
  if (clang_getCursorKind(d) != CXCursor_VarDecl || !clang_Cursor_hasVarDeclGlobalStorage(d)) return -1;
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (clang_isConstQualifiedType(t) || clang_isVolatileQualifiedType(t)) return -1;
  switch (t.kind) {
  case CXType_Bool:
  case CXType_Char_S:
  case CXType_Char_U:
  case CXType_SChar:
  case CXType_UChar:
  case CXType_Short:
  case CXType_UShort:
  case CXType_Int:
  case CXType_UInt:
  case CXType_Long:
  case CXType_ULong:
  case CXType_LongLong:
  case CXType_ULongLong:
  case CXType_Enum:
  case CXType_Pointer: break;
  default: return -1;
  }
  int v = var_of_decl(L, clang_getCanonicalCursor(d));
  ir_var *info = var_info(L, v);
  info->is_global = true;
  info->escapes = true;
  return v;
}

/* A local variable (or a field of one), else a path through a pointer, else
 * a variable of static storage. */
static int tracked_var(lowering *L, CXCursor e) {
  int v = local_root(L, e);
  if (v < 0) v = path_var(L, e);
  return v >= 0 ? v : global_var(L, e);
}

bool lower_is_openssl_header(const char *openssl_dir, const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return false;
  size_t n = strlen(openssl_dir), at = (size_t)(slash - path); /* offsets: no pointer before path */
  static const char include[] = "include/";
  size_t k = sizeof include - 1;
  if (at < n + k) return false; /* room for "include/" + openssl_dir before the file's name */
  size_t dir = at - n; /* the file's own directory must be openssl_dir ... */
  if (strncmp(path + dir, openssl_dir, n)) return false;
  size_t inc = dir - k; /* ... in an include directory */
  return !strncmp(path + inc, include, k) && (inc == 0 || path[inc - 1] == '/');
}

static bool under_dir(const char *openssl_dir, CXFile file) {
  if (!file) return false;
  char *name = cx_take(clang_getFileName(file));
  bool found = lower_is_openssl_header(openssl_dir, name);
  free(name);
  return found;
}

/* Declared in an OpenSSL header: where it is spelled, or (for declarations
 * made by macros such as DECLARE_ASN1_FUNCTIONS, spelled in scratch space)
 * where the macro is used. */
static bool openssl_declared(const char *openssl_dir, CXCursor decl) {
  CXSourceLocation loc = clang_getCursorLocation(decl);
  CXFile spelled, expanded;
  clang_getSpellingLocation(loc, &spelled, NULL, NULL, NULL);
  clang_getExpansionLocation(loc, &expanded, NULL, NULL, NULL);
  return under_dir(openssl_dir, spelled) || under_dir(openssl_dir, expanded);
}

static enum CXChildVisitResult find_call(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  if (clang_getCursorKind(c) != CXCursor_CallExpr) return CXChildVisit_Recurse;
  *(bool *)data = true;
  return CXChildVisit_Break;
}

/* A function whose definition the headers give and whose body calls nothing
 * (OpenSSL's static inline `ossl_check_X509_sk_type`, a cast; `ERR_GET_LIB`):
 * it cannot touch the queue. */
static bool calls_nothing(CXCursor callee) {
  CXCursor def = clang_getCursorDefinition(callee);
  if (clang_Cursor_isNull(def) || clang_getCursorKind(def) != CXCursor_FunctionDecl) return false;
  bool calls = false;
  clang_visitChildren(def, find_call, &calls);
  return !calls;
}

static bool const_value(CXCursor c, long long *v) {
  c = cfg_strip(c);
  switch (clang_getCursorKind(c)) {
  case CXCursor_IntegerLiteral:
  case CXCursor_CharacterLiteral:
  case CXCursor_UnaryOperator:
  case CXCursor_BinaryOperator: /* (256 | ERR_R_FATAL): clang evaluates constants only */
  case CXCursor_CStyleCastExpr:
  case CXCursor_UnaryExpr: /* sizeof buf */
  case CXCursor_DeclRefExpr: break;
  default: return false;
  }
  if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
      clang_getCursorKind(clang_getCursorReferenced(c)) != CXCursor_EnumConstantDecl)
    return false;
  /* A null pointer constant, `(void *)0` (NULL): 0. */
  if (clang_getCursorKind(c) == CXCursor_CStyleCastExpr &&
      clang_getCanonicalType(clang_getCursorType(c)).kind == CXType_Pointer) {
    cursor_list l = cursor_children(c);
    long long inner;
    bool null = l.n > 0 && const_value(l.v[l.n - 1], &inner) && inner == 0;
    free(l.v);
    if (null) *v = 0;
    return null;
  }
  return cfg_eval_int(c, v);
}

/* ---- calls and definitions ---- */

/* `v = e` (through parentheses and casts): its operands (lhs, rhs); false for
 * anything else. */
static bool assignment_operands(CXCursor e, CXCursor *lhs, CXCursor *rhs) {
  e = cfg_strip(e);
  if (clang_getCursorKind(e) != CXCursor_BinaryOperator ||
      clang_getCursorBinaryOperatorKind(e) != CXBinaryOperator_Assign)
    return false;
  cursor_list a = cursor_children(e);
  bool ok = a.n == 2;
  if (ok) {
    *lhs = a.v[0];
    *rhs = a.v[1];
  }
  free(a.v);
  return ok;
}

/* A cast that keeps a call's result as the checks read it: to a signed
 * integer at least as wide as int, or to a pointer (`(SSL *) SSL_new(ctx)`,
 * whose NULL test still says whether the call failed). */
static bool keeps_call_value(CXType t) { return int_like(t) || clang_getCanonicalType(t).kind == CXType_Pointer; }

static int call_index(lowering *L, CXCursor e) {
  e = cfg_strip_casts(e, keeps_call_value);
  return clang_getCursorKind(e) == CXCursor_CallExpr ? map_get(&L->calls, e) : -1;
}

/* The call whose result a value is: the call itself, or the one assigned
 * (`switch (err = SSL_get_error(...))`, `(r = SSL_get_error(...)) == X`,
 * `x = e = SSL_get_error(...)`, `return n = SSL_read(...)` take that call's
 * result too); else -1. Not for arguments: `f(err = SSL_get_error(...))`
 * passes err on, which the caller then tests. */
static int value_call_index(lowering *L, CXCursor e) {
  CXCursor lhs, rhs;
  for (int depth = 0; depth < 4 && assignment_operands(e, &lhs, &rhs); depth++) e = rhs;
  return call_index(L, e);
}

/* An integer type at least as wide as int: a cast to it keeps the value
 * ((unsigned char)n does not). */
static bool keeps_int_value(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind >= CXType_Bool && t.kind <= CXType_Int128 && clang_Type_getSizeOf(t) >= 4;
}

/* `(unsigned long)err`, `(uint32_t)(e)`: the local variable under casts to
 * integer types, or -1. */
static int converted_var(lowering *L, CXCursor s) {
  s = cfg_strip_casts(s, keeps_int_value);
  return clang_getCursorKind(s) == CXCursor_DeclRefExpr ? local_root(L, s) : -1;
}

/* A pointer (as the argument's type after conversion to the parameter's)
 * through which memory of the caller's may be written: to something not
 * const, and not to an incomplete struct (a library's opaque object: `SSL *`,
 * `BIO *`; a complete one, `OSSL_PARAM *` or `AES_KEY *`, may be the
 * caller's, or point to it). */
static bool may_reach_code(CXType t, int depth);

struct field_scan {
  int depth;
  bool reaches;
};

static enum CXVisitorResult scan_field(CXCursor field, CXClientData data) {
  struct field_scan *sc = data;
  sc->reaches = may_reach_code(clang_getCursorType(field), sc->depth + 1);
  return sc->reaches ? CXVisit_Break : CXVisit_Continue;
}

/* Whether a value of type t may lead a callee to code of the run's: a
 * function pointer, a struct or union whose definition is not seen (a
 * library's handle, which may hold callbacks given earlier) or that has a
 * member that may, or a pointer to one of these, at any depth. */
static bool may_reach_code(CXType t, int depth) {
  for (; depth < 8; depth++) {
    t = clang_getCanonicalType(t);
    if (t.kind == CXType_FunctionProto || t.kind == CXType_FunctionNoProto) return true;
    if (t.kind == CXType_Record) {
      if (clang_Type_getSizeOf(t) < 0) return true;
      struct field_scan sc = {depth, false};
      clang_Type_visitFields(t, scan_field, &sc);
      return sc.reaches;
    }
    if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) {
      t = clang_getArrayElementType(t);
      continue;
    }
    if (t.kind != CXType_Pointer) return false;
    t = clang_getPointeeType(t);
  }
  return true;
}

static bool writable_pointer(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind != CXType_Pointer) return false;
  CXType to = clang_getCanonicalType(clang_getPointeeType(t));
  if (clang_isConstQualifiedType(to)) return false;
  if (to.kind == CXType_FunctionProto || to.kind == CXType_FunctionNoProto) return false;
  return to.kind != CXType_Record || clang_Type_getSizeOf(to) >= 0;
}

/* `&v` under parentheses and casts (`(void *)&n`), v a local variable or a
 * parameter: v; else -1. */
static int addr_of_local(lowering *L, CXCursor a) {
  CXCursor s = cfg_strip(a);
  for (int depth = 0; depth < 8 && clang_getCursorKind(s) == CXCursor_CStyleCastExpr; depth++) {
    cursor_list l = cursor_children(s);
    s = l.n > 0 ? cfg_strip(l.v[l.n - 1]) : clang_getNullCursor();
    free(l.v);
  }
  if (clang_Cursor_isNull(s) || clang_getCursorKind(s) != CXCursor_UnaryOperator ||
      clang_getCursorUnaryOperatorKind(s) != CXUnaryOperator_AddrOf)
    return -1;
  cursor_list l = cursor_children(s);
  CXCursor inner = l.n == 1 ? cfg_strip(l.v[0]) : clang_getNullCursor();
  free(l.v);
  if (clang_Cursor_isNull(inner) || clang_getCursorKind(inner) != CXCursor_DeclRefExpr) return -1;
  CXCursor d = clang_getCursorReferenced(inner);
  if (!is_local(d)) return -1; /* a global, a function: no variable of the function's */
  return var_of_decl(L, d);
}

/* The parameters and locals the function assigns, increments or takes the
 * address of (find_written_locals()), walked once, when first asked. */
static const cursor_vec *written_locals(lowering *L) {
  if (!L->written_known) {
    clang_visitChildren(L->fn, find_written_locals, &L->written);
    L->written_known = true;
  }
  return &L->written;
}

/* The initializer of local pointer variable d when nothing else in the
 * function writes d (no assignment, no `&d`): d stays what it was given
 * (`tls_t *t = c->tls;`). Else a null cursor. */
static CXCursor local_alias_init(lowering *L, CXCursor d) {
  if (clang_getCursorKind(d) != CXCursor_VarDecl || !is_local(d) || !initialized(d) ||
      clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer)
    return clang_getNullCursor();
  if (is_written(written_locals(L), d)) return clang_getNullCursor();
  cursor_list l = cursor_children(d);
  CXCursor init = clang_getNullCursor();
  for (int i = 0; i < l.n; i++)
    if (clang_isExpression(clang_getCursorKind(l.v[i]))) init = l.v[i];
  free(l.v);
  return init;
}

/* A field read through a pointer from a parameter (`t->ret`, `c->tls->ret`,
 * `(long)t->ret`, `t->ret` after `tls_t *t = c->tls;`): that parameter;
 * else -1 (ir_arg.param_field). */
static int param_field_of(lowering *L, CXCursor a) {
  CXCursor e = cfg_strip_casts(a, int_like);
  bool through_pointer = false;
  for (int depth = 0; depth < MAX_PATH_DEPTH; depth++) {
    e = cfg_strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(e);
      CXCursor alias = through_pointer ? local_alias_init(L, d) : clang_getNullCursor();
      if (!clang_Cursor_isNull(alias)) { /* `t->ret` after `tls_t *t = c->tls;`: c's field */
        e = alias;
        continue;
      }
      if (!through_pointer || clang_getCursorKind(d) != CXCursor_ParmDecl) return -1;
      int v = var_of_decl(L, d);
      return v < L->f->nparams ? v : -1;
    }
    CXCursor base;
    bool arrow;
    if (k != CXCursor_MemberRefExpr || !member_base(e, &base, &arrow)) return -1;
    through_pointer |= arrow;
    e = base;
  }
  return -1;
}

static ir_arg lower_arg(lowering *L, CXCursor a) {
  ir_arg r = {.kind = ARG_OTHER, .var = -1, .call = -1, .addr_var = -1, .param_field = -1};
  int call = call_index(L, a);
  if (call >= 0) {
    r.kind = ARG_CALL;
    r.call = call;
    return r;
  }
  if (const_value(a, &r.value)) {
    r.kind = ARG_CONST;
    return r;
  }
  r.addr_var = addr_of_local(L, a);
  r.param_field = param_field_of(L, a);
  r.field = object_key_of(a, L->openssl_dir);
  CXCursor s = cfg_strip_casts(a, int_like); /* SSL_get_error(ssl, (int)n) */
  if (clang_getCursorKind(s) == CXCursor_CStyleCastExpr) { /* (block128_f)AES_encrypt, (f_t)&f */
    cursor_list l = cursor_children(s);
    CXCursor inner = l.n > 0 ? cfg_strip(l.v[l.n - 1]) : clang_getNullCursor();
    free(l.v);
    CXCursor named = inner;
    if (!clang_Cursor_isNull(inner) && clang_getCursorKind(inner) == CXCursor_UnaryOperator) {
      cursor_list m = cursor_children(inner);
      named = m.n == 1 ? cfg_strip(m.v[0]) : clang_getNullCursor();
      free(m.v);
    }
    if (!clang_Cursor_isNull(named) && clang_getCursorKind(named) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(named)) == CXCursor_FunctionDecl)
      s = inner;
  }
  if (clang_getCursorKind(s) == CXCursor_UnaryOperator) { /* &my_write */
    cursor_list l = cursor_children(s);
    CXCursor inner = l.n == 1 ? cfg_strip(l.v[0]) : clang_getNullCursor();
    free(l.v);
    if (!clang_Cursor_isNull(inner) && clang_getCursorKind(inner) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(inner)) == CXCursor_FunctionDecl)
      s = inner;
  }
  if (clang_getCursorKind(s) == CXCursor_DeclRefExpr &&
      clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_FunctionDecl) {
    r.kind = ARG_FUNCTION;
    r.fn = cx_take(clang_getCursorSpelling(s));
    return r;
  }
  if (clang_getCursorKind(s) == CXCursor_DeclRefExpr) {
    int v = local_root(L, s);
    if (v >= 0) {
      r.kind = ARG_VAR;
      r.var = v;
    }
  } else if (clang_getCursorKind(s) == CXCursor_CStyleCastExpr) {
    r.var = converted_var(L, s);
  } else if (clang_getCursorKind(s) == CXCursor_BinaryOperator &&
             clang_getCursorBinaryOperatorKind(s) == CXBinaryOperator_Assign) {
    /* `SSL_get_error(ssl, (n = SSL_write(...)))`: the value is n's, just given */
    cursor_list l = cursor_children(s);
    CXCursor lhs = l.n == 2 ? cfg_strip(l.v[0]) : clang_getNullCursor();
    free(l.v);
    int v = !clang_Cursor_isNull(lhs) && clang_getCursorKind(lhs) == CXCursor_DeclRefExpr ? local_root(L, lhs) : -1;
    if (v >= 0) {
      r.kind = ARG_VAR;
      r.var = v;
    }
  }
  return r;
}

static void emit(ir_block *b, ir_event ev) { VEC_PUSH(b->ev, b->nev, b->ev_cap, ev); }


/* The name of a typedef that type t is (under `struct`/qualifier sugar), or NULL. */
static char *typedef_name(CXType t) {
  if (t.kind == CXType_Elaborated) t = clang_Type_getNamedType(t);
  return t.kind == CXType_Typedef ? cx_take(clang_getTypedefName(t)) : NULL;
}

/* The names of the struct (or union) a field is read from: its tag and its
 * typedef name, either of which may be missing. */
static void record_names(CXCursor base, char **tag, char **typedef_of) {
  CXType t = clang_getCursorType(base);
  CXType canon = clang_getCanonicalType(t);
  if (canon.kind == CXType_Pointer) {
    t = clang_getPointeeType(t);
    canon = clang_getPointeeType(canon);
  }
  *tag = NULL;
  CXCursor decl = clang_getTypeDeclaration(canon);
  if (!clang_Cursor_isNull(decl) && !clang_Cursor_isAnonymous(decl)) {
    *tag = cx_take(clang_getCursorSpelling(decl));
    if (!**tag) {
      free(*tag);
      *tag = NULL;
    }
  }
  *typedef_of = typedef_name(t);
}

/* The typedef of a function pointer's type: `tls_recv_fn` for a
 * `tls_recv_fn *` (a typedef of a function type) or a `tls_recv_ptr` (of a
 * pointer type). */
static char *function_typedef(CXType t) {
  char *name = typedef_name(t);
  if (name) return name;
  if (t.kind == CXType_Elaborated) t = clang_Type_getNamedType(t);
  return t.kind == CXType_Pointer ? typedef_name(clang_getPointeeType(t)) : NULL;
}

/* The callee expression of a call, under parentheses, implicit conversions,
 * any number of `*` and `&` (`(*fp)(...)`, `(&SSL_read)(...)`) and the left
 * operands of a comma, which are evaluated before it as calls of their own
 * (`(ERR_new(), ERR_set_debug(...), ERR_set_error)(lib, reason, NULL)`, what
 * ERR_raise() expands to, calls ERR_set_error). */
static CXCursor callee_expression(CXCursor call) {
  cursor_list l = cursor_children(call);
  CXCursor e = l.n > 0 ? cfg_strip(l.v[0]) : clang_getNullCursor();
  free(l.v);
  for (int depth = 0; depth < 64; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_UnaryOperator) {
      enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
      if (op != CXUnaryOperator_Deref && op != CXUnaryOperator_AddrOf) break;
    } else if (k != CXCursor_BinaryOperator || clang_getCursorBinaryOperatorKind(e) != CXBinaryOperator_Comma) {
      break;
    }
    cursor_list d = cursor_children(e);
    e = d.n >= 1 ? cfg_strip(d.v[d.n - 1]) : clang_getNullCursor();
    free(d.v);
  }
  return e;
}

/* The canonical spelling of a function type, or of the one a pointer points
 * to; NULL for any other type. */
static char *function_type_spelling(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind == CXType_Pointer) t = clang_getCanonicalType(clang_getPointeeType(t));
  if (t.kind != CXType_FunctionProto && t.kind != CXType_FunctionNoProto) return NULL;
  return cx_take(clang_getTypeSpelling(t));
}

/* A call through a pointer: name it as a configuration would (see ir_call). */
static void name_pointer_callee(const lowering *L, ir_call *call, CXCursor e) {
  call->via_pointer = true;
  if (clang_Cursor_isNull(e)) return;
  call->callee_fntype = function_type_spelling(clang_getCursorType(e));
  call->callee_field = field_function_key_of(e, L->openssl_dir);
  enum CXCursorKind k = clang_getCursorKind(e);
  if (k == CXCursor_MemberRefExpr) {
    cursor_list m = cursor_children(e);
    char *tag = NULL, *typedef_of = NULL;
    if (m.n > 0) record_names(m.v[0], &tag, &typedef_of);
    free(m.v);
    char *field = cx_take(clang_getCursorSpelling(e));
    const char *first = tag ? tag : typedef_of;
    call->callee = first ? xasprintf("%s.%s", first, field) : NULL;
    if (tag && typedef_of && strcmp(tag, typedef_of)) call->callee_alias = xasprintf("%s.%s", typedef_of, field);
    free(tag);
    free(typedef_of);
    free(field);
  } else if (k == CXCursor_DeclRefExpr) {
    call->callee = cx_take(clang_getCursorSpelling(e));
  }
  /* The typedef of the callee's type as written here (`ops[i]`, a cast, a call
   * that returns the pointer), else as its variable or field declares it. */
  call->callee_type = function_typedef(clang_getCursorType(e));
  if (!call->callee_type && (k == CXCursor_MemberRefExpr || k == CXCursor_DeclRefExpr))
    call->callee_type = function_typedef(clang_getCursorType(clang_getCursorReferenced(e)));
}

static bool ident_char(char ch) {
  return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static size_t skip_blanks(const char *text, size_t i, size_t end) {
  while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
  return i;
}

/* At text[i], the start of a line: `# define NAME(`: the length of NAME
 * (its start in *name), else 0. */
static size_t define_at(const char *text, size_t i, size_t end, size_t *name) {
  i = skip_blanks(text, i, end);
  if (i >= end || text[i] != '#') return 0;
  i = skip_blanks(text, i + 1, end);
  if (end - i < 7 || strncmp(text + i, "define", 6) || (text[i + 6] != ' ' && text[i + 6] != '\t')) return 0;
  i = skip_blanks(text, i + 6, end);
  *name = i;
  while (i < end && ident_char(text[i])) i++;
  return i > *name && i < end && text[i] == '(' ? i - *name : 0;
}

/* Whether header text defines the function-like macro `name`. */
static bool defines_macro(const char *text, size_t size, const char *name) {
  size_t n = strlen(name);
  for (size_t line = 0; line < size;) {
    size_t at, len = define_at(text, line, size, &at);
    if (len == n && !strncmp(text + at, name, n)) return true;
    const char *nl = memchr(text + line, '\n', size - line);
    line = nl ? (size_t)(nl - text) + 1 : size;
  }
  return false;
}

/* The identifier the expansion of call c starts with, when `(` follows it
 * (what the project wrote: `BIO_do_accept(b)`), else NULL. */
static char *written_name(CXCursor c) {
  CXFile xfile;
  unsigned xoff;
  clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), &xfile, NULL, NULL, &xoff);
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
  size_t size = 0;
  const char *text = xfile ? clang_getFileContents(tu, xfile, &size) : NULL;
  if (!text || xoff >= size) return NULL;
  size_t i = xoff;
  while (i < size && ident_char(text[i])) i++;
  size_t j = skip_blanks(text, i, size);
  return i > xoff && j < size && text[j] == '(' ? xasprintf("%.*s", (int)(i - xoff), text + xoff) : NULL;
}

/* The function-like macro of an OpenSSL header that call c is written
 * through (`DTLSv1_handle_timeout(s)`, which expands to an SSL_ctrl() call),
 * or NULL: the callee's name e is spelled in an OpenSSL header, inside the
 * body of a `#define NAME(` there (found by reading back from the spelling,
 * over continued lines). The macro the project wrote is named when that
 * header defines it too (`BIO_do_accept()`, whose body is
 * `BIO_do_handshake()`, whose body calls BIO_ctrl()); else NAME, the macro
 * whose body makes the call, however the project wrote its use (through a
 * macro of its own, or as an argument of one). */
static char *macro_name(const lowering *L, CXCursor c, CXCursor e, const char *callee) {
  if (clang_Cursor_isNull(e) || !callee) return NULL;
  CXFile sfile;
  unsigned soff;
  clang_getSpellingLocation(clang_getCursorLocation(e), &sfile, NULL, NULL, &soff);
  if (!sfile || !under_dir(L->openssl_dir, sfile)) return NULL;
  size_t size = 0;
  const char *text = clang_getFileContents(clang_Cursor_getTranslationUnit(c), sfile, &size);
  if (!text || soff >= size) return NULL;
  /* back to the start of the logical line holding the spelling */
  size_t line = soff;
  for (;;) {
    while (line > 0 && text[line - 1] != '\n') line--;
    if (line >= 2 && text[line - 2] == '\\') { /* the line before ends with a backslash */
      line -= 2;
      continue;
    }
    if (line >= 3 && text[line - 2] == '\r' && text[line - 3] == '\\') {
      line -= 3;
      continue;
    }
    break;
  }
  size_t at, len = define_at(text, line, soff, &at);
  if (!len) return NULL;
  char *name = xasprintf("%.*s", (int)len, text + at);
  char *written = written_name(c);
  if (written && strcmp(written, name) && strcmp(written, callee) && defines_macro(text, size, written)) {
    free(name);
    name = written;
    written = NULL;
  }
  free(written);
  if (!strcmp(name, callee)) {
    free(name);
    return NULL;
  }
  return name;
}

static void lower_call(lowering *L, ir_block *b, CXCursor c) {
  ir_function *f = L->f;
  ir_call call = {.result_var = -1, .callee_param = -1, .result_param = -1};
  /* The function named by the callee expression (`(&SSL_read)(...)` too; not
   * `pick_reader(c)(...)`, which libclang's referenced cursor would give). */
  CXCursor e = callee_expression(c);
  CXCursor callee = clang_Cursor_isNull(e)                            ? clang_getCursorReferenced(c)
                    : clang_getCursorKind(e) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(e)
                                                                      : clang_getNullCursor();
  if (clang_getCursorKind(callee) == CXCursor_FunctionDecl) {
    call.callee = cx_take(clang_getCursorSpelling(callee));
    call.callee_openssl = openssl_declared(L->openssl_dir, callee) && !calls_nothing(callee);
    call.callee_system = !call.callee_openssl && !openssl_declared(L->openssl_dir, callee) &&
                         clang_Location_isInSystemHeader(clang_getCursorLocation(callee));
  } else {
    name_pointer_callee(L, &call, e);
    if (!clang_Cursor_isNull(e) && clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_ParmDecl) {
      int v = var_of_decl(L, clang_getCursorReferenced(e));
      if (v >= 0 && v < f->nparams) call.callee_param = v;
    }
  }
  call.loc = locate(L, c);
  call.macro = macro_name(L, c, e, call.callee);
  int nargs = clang_Cursor_getNumArguments(c);
  /* The arguments as the call's children (after its callee), the cursors the
   * CFG was built from: clang_Cursor_getArgument()'s differ from them inside a
   * declaration's initializer (`int e = SSL_get_error(s, SSL_read(...));`), so
   * an argument that is a call would not be found as that call. */
  cursor_list kids = cursor_children(c);
  if (nargs > 0) {
    call.args = xcalloc((size_t)nargs, sizeof *call.args);
    call.nargs = nargs;
    for (int i = 0; i < nargs; i++) {
      CXCursor a = kids.n == nargs + 1 ? kids.v[i + 1] : clang_Cursor_getArgument(c, (unsigned)i);
      call.args[i] = lower_arg(L, a);
      call.args[i].writes_through = writable_pointer(clang_getCursorType(a));
      if (call.args[i].kind == ARG_CALL) f->calls[call.args[i].call].result_escapes = true;
      call.callee_system &= !may_reach_code(clang_getCursorType(cfg_strip(a)), 0);
    }
  }
  free(kids.v);
  VEC_PUSH(f->calls, f->ncalls, f->calls_cap, call);
  map_put(&L->calls, c, f->ncalls - 1);
  emit(b, (ir_event){.kind = EV_CALL, .call = f->ncalls - 1, .var = -1, .src_call = -1, .ret = -1, .src_var = -1});
}

/* A definition of var by rhs: its call, the constant it stores, or the
 * local variable it copies. */
static bool call_comparison(lowering *L, CXCursor e, int *call, ir_cmp_op *op, long long *k);

static ir_event def_event(lowering *L, int var, int src, CXCursor rhs) {
  ir_event ev = {.kind = EV_DEF, .call = -1, .var = var, .src_call = src, .ret = -1, .src_var = -1};
  if (src >= 0 || clang_Cursor_isNull(rhs)) return ev;
  /* `length = errno = 0`: the inner assignment's value, where its place (an
   * int or wider, signed, not an enum, which may be unsigned, nor a
   * bit-field) holds the value as it is */
  for (int depth = 0; depth < 8; depth++) {
    CXCursor in = cfg_strip(rhs);
    CXType t = clang_getCanonicalType(clang_getCursorType(in));
    if (clang_getCursorKind(in) != CXCursor_BinaryOperator ||
        clang_getCursorBinaryOperatorKind(in) != CXBinaryOperator_Assign || !int_like(t) || t.kind == CXType_Enum)
      break;
    cursor_list l = cursor_children(in);
    bool two = l.n == 2;
    if (two) {
      CXCursor place = clang_getCursorReferenced(cfg_strip(l.v[0]));
      two = !(clang_getCursorKind(place) == CXCursor_FieldDecl && clang_Cursor_isBitField(place));
    }
    if (two) rhs = l.v[1];
    free(l.v);
    if (!two) break;
  }
  ev.has_value = const_value(rhs, &ev.value);
  int cmp_call;
  if (!ev.has_value && call_comparison(L, rhs, &cmp_call, &ev.cmp_op, &ev.cmp_k)) ev.cmp_call1 = cmp_call + 1;
  else ev.cmp_op = CMP_NONE, ev.cmp_k = 0;
  CXCursor s = cfg_strip(rhs);
  if (!ev.has_value && clang_getCursorKind(s) == CXCursor_DeclRefExpr) ev.src_var = local_root(L, s);
  else if (!ev.has_value && clang_getCursorKind(s) == CXCursor_CStyleCastExpr) ev.src_var = converted_var(L, s);
  return ev;
}

/* `v = c ? f(...) : g(...)`, which the CFG splits into one assignment per
 * arm: the arm's call that ran last in block b, or -1. */
static int conditional_arm_call(lowering *L, const ir_block *b, CXCursor rhs) {
  rhs = cfg_strip(rhs);
  if (clang_getCursorKind(rhs) != CXCursor_ConditionalOperator) return -1;
  cursor_list arms = cursor_children(rhs);
  int arm_call[2] = {-1, -1};
  if (arms.n == 3)
    for (int i = 0; i < 2; i++) arm_call[i] = call_index(L, arms.v[1 + i]);
  free(arms.v);
  for (int i = b->nev - 1; i >= 0; i--)
    if (b->ev[i].kind == EV_CALL)
      return b->ev[i].call == arm_call[0] || b->ev[i].call == arm_call[1] ? b->ev[i].call : -1;
  return -1;
}

/* `var = rhs`, var a local variable itself: a candidate for
 * thread_flag_tests() when rhs is no call's result. */
static void note_flag_def(lowering *L, int var, CXCursor rhs) {
  if (var >= 0 && value_call_index(L, rhs) < 0)
    VEC_PUSH(L->flag_defs, L->nflag_defs, L->flag_defs_cap, ((struct flag_def){var, rhs}));
}

/* `var = rhs` (var < 0: the left side, lhs, is not a local variable; lhs
 * null for a declaration). */
static void lower_store(lowering *L, ir_block *b, int var, CXCursor lhs, CXCursor rhs) {
  int src = value_call_index(L, rhs);
  if (src < 0) src = conditional_arm_call(L, b, rhs);
  if (var >= 0) {
    if (src >= 0) L->f->calls[src].result_var = var;
    ir_event ev = def_event(L, var, src, rhs);
    /* a comparison's truth given to the variable itself, not to a field of a
     * struct variable (`o.failed = ...`, which local_root takes to `o`) */
    if (!clang_Cursor_isNull(lhs) && clang_getCursorKind(cfg_strip(lhs)) != CXCursor_DeclRefExpr) ev.cmp_call1 = 0;
    emit(b, ev);
    return;
  }
  /* Stored through a pointer, into a global or a field the caller sees. */
  if (src >= 0) {
    ir_call *k = &L->f->calls[src];
    k->result_escapes = true;
    free(k->result_field);
    k->result_field = clang_Cursor_isNull(lhs) ? NULL : object_key_of(lhs, L->openssl_dir);
    k->result_param = k->result_field ? param_field_of(L, lhs) : -1;
  }
  CXCursor s = cfg_strip(rhs);
  int v = clang_getCursorKind(s) == CXCursor_DeclRefExpr ? local_root(L, s) : -1;
  if (v >= 0) var_info(L, v)->escapes = true;
}

/* The constants an expression may evaluate to: `-2`, `R_OK`, `ok ? R_OK : R_ERROR`. */
static bool return_values(CXCursor e, ir_return *r) {
  e = cfg_strip(e);
  if (clang_getCursorKind(e) == CXCursor_ConditionalOperator) {
    cursor_list l = cursor_children(e);
    bool ok = l.n == 3 && return_values(l.v[1], r) && return_values(l.v[2], r);
    free(l.v);
    return ok;
  }
  long long v;
  if (!const_value(e, &v)) return false;
  for (int i = 0; i < r->nvals; i++)
    if (r->vals[i] == v) return true;
  if (r->nvals == IR_RET_MAX_VALUES) return false;
  r->vals[r->nvals++] = v;
  return true;
}

/* ir_event.target of a store to lhs: a hash of its name as fields (and `*`)
 * from a local variable, a parameter or a variable of static storage
 * (`a->logouttime`: "3->logouttime", `conf.state`: "::conf.state"); 0 for
 * anything else (an array element, a call's result). */
static uint32_t store_target(lowering *L, CXCursor lhs) {
  strbuf sb = {0};
  char *parts[MAX_PATH_DEPTH];
  int nparts = 0;
  CXCursor e = cfg_strip(lhs);
  for (; nparts < MAX_PATH_DEPTH; e = cfg_strip(e)) {
    enum CXCursorKind k = clang_getCursorKind(e);
    CXCursor base;
    bool arrow;
    if (k == CXCursor_MemberRefExpr && member_base(e, &base, &arrow)) {
      char *name = cx_take(clang_getCursorSpelling(e));
      parts[nparts++] = xasprintf("%s%s", arrow ? "->" : ".", name);
      free(name);
      e = base;
    } else if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref) {
      cursor_list l = cursor_children(e);
      bool one = l.n == 1;
      if (one) e = l.v[0];
      free(l.v);
      if (!one) break;
      parts[nparts++] = xstrdup("*");
    } else {
      break;
    }
  }
  uint32_t h = 0;
  if (nparts > 0 && nparts < MAX_PATH_DEPTH && clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(e);
    if (is_local(d)) {
      sb_appendf(&sb, "%d", var_of_decl(L, d));
    } else if (clang_getCursorKind(d) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(d)) {
      char *name = cx_take(clang_getCursorUSR(d));
      sb_appendf(&sb, "::%s", name);
      free(name);
    }
    if (sb.len) {
      for (int i = nparts - 1; i >= 0; i--) sb_append(&sb, parts[i]);
      uint64_t x = hash64_str(sb.data, 0x5354u);
      h = (uint32_t)(x ^ x >> 32);
      if (!h) h = 1;
    }
  }
  free(sb_take(&sb));
  for (int i = 0; i < nparts; i++) free(parts[i]);
  return h;
}

/* The pointer p of `*p`, when p is a local variable or parameter, or -1. */
static int deref_root(lowering *L, CXCursor lhs) {
  CXCursor s = cfg_strip(lhs);
  if (clang_getCursorKind(s) != CXCursor_UnaryOperator || clang_getCursorUnaryOperatorKind(s) != CXUnaryOperator_Deref)
    return -1;
  cursor_list l = cursor_children(s);
  int v = l.n == 1 && clang_getCursorKind(cfg_strip(l.v[0])) == CXCursor_DeclRefExpr ? local_root(L, l.v[0]) : -1;
  free(l.v);
  return v;
}

/* Whether lhs is `*f()` with f a function of the system's headers given no
 * argument: memory of the C library's (`errno = ECONNRESET;`,
 * `*__errno_location() = ...`), which no variable of the run's is. (Given a
 * pointer, as strchr() is, it may return one into the run's memory.) */
static bool system_call_target(lowering *L, CXCursor lhs) {
  CXCursor s = cfg_strip(lhs);
  if (clang_getCursorKind(s) != CXCursor_UnaryOperator || clang_getCursorUnaryOperatorKind(s) != CXUnaryOperator_Deref)
    return false;
  cursor_list l = cursor_children(s);
  int k = l.n == 1 ? call_index(L, l.v[0]) : -1;
  free(l.v);
  return k >= 0 && L->f->calls[k].callee_system && L->f->calls[k].nargs == 0;
}

/* `lhs = rhs` (rhs null: `lhs += ...`, `lhs++`). A local variable is defined.
 * Anything else is a store the IR does not follow, which may change any path
 * variable or variable whose address is taken; then, when lhs is a path
 * (`c->ssl->last`), a definition of that path variable. */
static void modify(lowering *L, ir_block *b, CXCursor lhs, CXCursor rhs) {
  int src = clang_Cursor_isNull(rhs) ? -1 : call_index(L, rhs);
  int v = local_root(L, lhs);
  if (v >= 0) {
    emit(b, def_event(L, v, src, rhs));
    return;
  }
  if (system_call_target(L, lhs)) { /* errno: no variable of the run's */
    L->f->stores_errno = true;
    return;
  }
  ir_event store = def_event(L, deref_root(L, lhs), src, rhs);
  store.kind = EV_STORE;
  store.src_call = -1;
  enum CXTypeKind stored = clang_getCanonicalType(clang_getCursorType(lhs)).kind;
  store.stores_pointer = stored == CXType_Pointer || stored == CXType_Record || stored == CXType_Invalid ||
                         stored == CXType_Unexposed || stored == CXType_Atomic;
  store.target = store_target(L, lhs);
  emit(b, store);
  v = path_var(L, lhs);
  if (v < 0) v = global_var(L, lhs);
  if (v >= 0) emit(b, def_event(L, v, src, rhs));
}

/* The operand of a cast from a pointer to a pointer (`(OPENSSL_sk_freefunc)fr`),
 * whose value it keeps; else e itself. */
static CXCursor pointer_cast_operand(CXCursor e) {
  e = cfg_strip(e);
  if (clang_getCursorKind(e) != CXCursor_CStyleCastExpr ||
      clang_getCanonicalType(clang_getCursorType(e)).kind != CXType_Pointer)
    return e;
  cursor_list l = cursor_children(e);
  CXCursor inner = l.n > 0 ? cfg_strip(l.v[l.n - 1]) : e; /* a cast's operand is last */
  free(l.v);
  return clang_getCanonicalType(clang_getCursorType(inner)).kind == CXType_Pointer ? inner : e;
}

/* The value arm `arm` (1 or 2) of a `? :` that v is (under parentheses and
 * implicit conversions); v itself otherwise. */
static CXCursor arm_value(CXCursor v, int arm) {
  CXCursor s = cfg_strip(v);
  if (arm <= 0 || clang_getCursorKind(s) != CXCursor_ConditionalOperator) return v;
  cursor_list arms = cursor_children(s);
  if (arms.n == 3) v = arms.v[arm];
  free(arms.v);
  return v;
}

/* arm: for a return or an assignment built per arm of its `? :` (cfg.h
 * elem_arms), 1 or 2: the arm's value is the one returned or stored. */
static void lower_elem(lowering *L, ir_block *b, CXCursor c, int arm) {
  cursor_list l = cursor_children(c);
  switch (clang_getCursorKind(c)) {
  case CXCursor_CallExpr:
    lower_call(L, b, c);
    break;
  case CXCursor_VarDecl: {
    int init = -1;
    for (int j = 0; j < l.n; j++)
      if (clang_isExpression(clang_getCursorKind(l.v[j]))) init = j;
    if (init >= 0) {
      int v = var_of_decl(L, c);
      CXCursor value = arm_value(l.v[init], arm);
      lower_store(L, b, v, clang_getNullCursor(), value);
      note_flag_def(L, v, value);
    }
    break;
  }
  case CXCursor_ReturnStmt:
    if (l.n > 0) l.v[0] = arm_value(l.v[0], arm); /* the arm's value, which this way returns */
    if (l.n > 0) {
      int call = value_call_index(L, l.v[0]);
      if (call >= 0) L->f->calls[call].result_returned = true;
      int v = local_root(L, l.v[0]);
      if (v < 0) v = local_root(L, pointer_cast_operand(l.v[0])); /* `return (T *)p;`: p, unchanged */
      if (v >= 0) var_info(L, v)->returned = true;
      ir_return r = {0};
      if (!return_values(l.v[0], &r)) r.nvals = -1;
      VEC_PUSH(L->f->rets, L->f->nrets, L->f->rets_cap, r);
      emit(b, (ir_event){.kind = EV_RETURN, .call = call, .var = v, .src_call = -1, .ret = L->f->nrets - 1, .src_var = -1});
    }
    break;
  case CXCursor_CompoundAssignOperator: /* x += e */
  case CXCursor_UnaryOperator:          /* x++, --x */
    if (l.n >= 1) modify(L, b, l.v[0], clang_getNullCursor());
    break;
  default: /* plain assignment */
    if (l.n == 2) {
      int v = local_root(L, l.v[0]);
      if (v < 0) modify(L, b, l.v[0], arm_value(l.v[1], arm));
      lower_store(L, b, v, l.v[0], arm_value(l.v[1], arm));
      /* a variable itself, not a field of a struct variable (`o.failed = ...`,
       * which local_root takes to `o`) */
      if (v >= 0 && clang_getCursorKind(cfg_strip(l.v[0])) == CXCursor_DeclRefExpr)
        note_flag_def(L, v, arm_value(l.v[1], arm));
    }
    break;
  }
  free(l.v);
}

/* ---- branch conditions ---- */

/* Recognize `f()`, `!f()`, `f() != 0`, `(x = f()) == 0`, ...: the branch tests
 * whether a call returned zero. */
static ir_cmp_op cmp_op_of(enum CXBinaryOperatorKind op, bool mirrored) {
  switch (op) {
  case CXBinaryOperator_LT: return mirrored ? CMP_GT : CMP_LT;
  case CXBinaryOperator_LE: return mirrored ? CMP_GE : CMP_LE;
  case CXBinaryOperator_GT: return mirrored ? CMP_LT : CMP_GT;
  case CXBinaryOperator_GE: return mirrored ? CMP_LE : CMP_GE;
  case CXBinaryOperator_EQ: return CMP_EQ;
  case CXBinaryOperator_NE: return CMP_NE;
  default: return CMP_NONE;
  }
}

/* An operand of a comparison that keeps its signed value: of a signed type at
 * least as wide as int, or an enum variable or constant (an enum whose
 * constants are all positive is compared as unsigned, which keeps them). */
static bool compared_as_signed(CXCursor operand) {
  if (int_like(clang_getCursorType(operand))) return true;
  CXCursor s = cfg_strip(operand);
  if (clang_getCanonicalType(clang_getCursorType(s)).kind == CXType_Enum) return true;
  return clang_getCursorKind(s) == CXCursor_DeclRefExpr &&
         clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_EnumConstantDecl;
}

/* An operand of a comparison as the bounds analysis sees it: a local variable
 * of an integer type at least as wide as int, under integer casts
 * (`(ssize_t)size`), or -1. */
static bool int_like_or_wide_unsigned(CXType t) { return int_like(t) || wide_unsigned(t); }

static int range_operand(lowering *L, CXCursor e) {
  CXCursor lhs, rhs;
  if (assignment_operands(e, &lhs, &rhs)) e = lhs; /* `(n = f()) > 0`: n */
  e = cfg_strip_casts(e, int_like_or_wide_unsigned);
  if (clang_getCursorKind(e) == CXCursor_CStyleCastExpr) return -1; /* a cast that changes the value */
  int v = tracked_var(L, e);
  if (v < 0) return -1;
  const ir_var *info = &L->f->vars[v];
  return (info->int_like || info->is_unsigned) && !info->pointer ? v : -1;
}

/* `x OP K`, `x OP y` in any integer type: ir_block.rng_*. */
static void lower_range_test(lowering *L, ir_block *b, enum CXBinaryOperatorKind op, CXCursor lhs, CXCursor rhs) {
  if (cmp_op_of(op, false) == CMP_NONE) return;
  int a = range_operand(L, lhs), z = range_operand(L, rhs);
  long long k;
  /* Compared as unsigned (`n > sizeof buf`, `n > 0U`), a signed variable's -1
   * is above any bound: ordering says something only of unsigned variables. */
  bool ordering = op != CXBinaryOperator_EQ && op != CXBinaryOperator_NE;
  if (ordering && (wide_unsigned(clang_getCursorType(lhs)) || wide_unsigned(clang_getCursorType(rhs)))) {
    if (a >= 0 && !L->f->vars[a].is_unsigned) a = -1;
    if (z >= 0 && !L->f->vars[z].is_unsigned) z = -1;
    if (a < 0 && z < 0) return;
  }
  if (a >= 0 && z >= 0) {
    b->rng_var = a;
    b->rng_var2 = z;
    b->rng_op = cmp_op_of(op, false);
  } else if (a >= 0 && const_value(rhs, &k)) {
    b->rng_var = a;
    b->rng_op = cmp_op_of(op, false);
    b->rng_k = k;
  } else if (z >= 0 && const_value(lhs, &k)) {
    b->rng_var = z;
    b->rng_op = cmp_op_of(op, true);
    b->rng_k = k;
  }
}

/* `x OP K`, `K OP x`, `(x = f()) OP K`: what is compared with which constant. */
static void lower_comparison(lowering *L, ir_block *b, CXCursor c) {
  c = cfg_strip(c);
  if (clang_getCursorKind(c) != CXCursor_BinaryOperator) return;
  enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
  cursor_list l = cursor_children(c);
  if (l.n == 2) lower_range_test(L, b, op, l.v[0], l.v[1]);
  long long k;
  int side = -1;
  /* Only a comparison done in a signed type says what it seems to: with
   * `size_t n` or `n >= 1U`, -1 passes `> 0`. */
  if (l.n == 2 && cmp_op_of(op, false) != CMP_NONE && compared_as_signed(l.v[0]) &&
      compared_as_signed(l.v[1])) {
    if (const_value(l.v[1], &k)) side = 0;
    else if (const_value(l.v[0], &k)) side = 1;
  }
  if (side >= 0) {
    CXCursor subject = cfg_strip(l.v[side]), lhs, rhs;
    if (assignment_operands(subject, &lhs, &rhs)) {
      b->cmp_var = tracked_var(L, lhs);
      b->cmp_call = call_index(L, rhs);
    } else {
      b->cmp_var = tracked_var(L, subject);
      b->cmp_call = call_index(L, subject);
    }
    b->cmp_op = cmp_op_of(op, side == 1);
    b->cmp_k = k;
  }
  free(l.v);
}

/* `f() OP K`, `K OP f()` (compared as signed), `!f()`: the call, and the
 * comparison that holds where the expression is non-zero; false for
 * anything else. */
static bool call_comparison(lowering *L, CXCursor e, int *call, ir_cmp_op *op, long long *k) {
  e = cfg_strip(e);
  enum CXCursorKind kind = clang_getCursorKind(e);
  cursor_list l = cursor_children(e);
  bool ok = false;
  if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_LNot && l.n == 1) {
    *call = call_index(L, l.v[0]);
    *op = CMP_EQ;
    *k = 0;
    ok = *call >= 0;
  } else if (kind == CXCursor_BinaryOperator && l.n == 2) {
    enum CXBinaryOperatorKind bop = clang_getCursorBinaryOperatorKind(e);
    if (cmp_op_of(bop, false) != CMP_NONE && compared_as_signed(l.v[0]) && compared_as_signed(l.v[1]))
      for (int side = 0; side < 2 && !ok; side++) {
        *call = call_index(L, l.v[side]);
        *op = cmp_op_of(bop, side == 1);
        ok = *call >= 0 && const_value(l.v[1 - side], k);
      }
  }
  free(l.v);
  return ok;
}

/* A flag that holds a comparison of a call's result (`e = (put(s) != OK);
 * if (e) return EIO;`): where the variable is a local of the function's own,
 * given a value only there and never through a pointer, every run of the call
 * gives it anew, so a truth test of it is that comparison of the call's latest
 * result, and is lowered as one (the block keeps testing the variable too). */
static enum CXChildVisitResult find_asm(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_GCCAsmStmt || k == CXCursor_MSAsmStmt) {
    *(bool *)data = true;
    return CXChildVisit_Break;
  }
  return CXChildVisit_Recurse;
}

/* Whether f holds asm (ir_function.has_asm, found once per function). A GNU
 * asm output operand may write any variable, unseen: in a function with asm,
 * no variable is taken to hold a comparison's truth. */
static void note_asm(lowering *L, CXCursor fn) {
  ir_function *f = L->f;
  clang_visitChildren(fn, find_asm, &f->has_asm);
  for (int b = 0; b < f->nblocks && f->has_asm; b++)
    for (int j = 0; j < f->blocks[b].nev; j++) f->blocks[b].ev[j].cmp_call1 = 0;
}

static void thread_flag_tests(lowering *L) {
  ir_function *f = L->f;
  if (f->has_asm) return; /* an asm output operand may write any variable, unseen */
  for (int i = 0; i < L->nflag_defs; i++) {
    int v = L->flag_defs[i].var, call;
    ir_cmp_op op;
    long long k;
    if (v >= f->nvars || f->vars[v].addr_taken || f->vars[v].path_root >= 0) continue;
    int defs = 0;
    for (int b = 0; b < f->nblocks; b++)
      for (int j = 0; j < f->blocks[b].nev; j++) defs += f->blocks[b].ev[j].kind == EV_DEF && f->blocks[b].ev[j].var == v;
    if (defs != 1 || !call_comparison(L, L->flag_defs[i].rhs, &call, &op, &k)) continue;
    for (int b = 0; b < f->nblocks; b++) {
      ir_block *blk = &f->blocks[b];
      if (blk->cond_var != v || blk->cond_call >= 0 || blk->cmp_op != CMP_NONE || blk->cmp_call >= 0 ||
          blk->nsucc != 2 || blk->succ[0].kind == IR_EDGE_CASE || blk->succ[1].kind == IR_EDGE_CASE)
        continue;
      blk->cmp_call = call;
      blk->cmp_op = blk->cond_true_nonzero ? op : ir_cmp_negated(op);
      blk->cmp_k = k;
    }
  }
}

/* A switch's subject: the value its case labels are compared with, only when
 * that is a variable or a call itself (not `!r`, not `r != 0`). */
static void lower_switch_subject(lowering *L, ir_block *b, CXCursor c) {
  CXCursor lhs, rhs;
  if (assignment_operands(c, &lhs, &rhs)) { /* `switch (err = SSL_get_error(...))`: both */
    b->cond_var = tracked_var(L, lhs);
    b->cond_call = value_call_index(L, rhs);
    return;
  }
  c = cfg_strip(c);
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CallExpr) b->cond_call = map_get(&L->calls, c);
  else if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr) b->cond_var = tracked_var(L, c);
}

static bool is_switch(const ir_block *b) {
  for (int i = 0; i < b->nsucc; i++)
    if (b->succ[i].kind == IR_EDGE_CASE || b->succ[i].kind == IR_EDGE_DEFAULT) return true;
  return false;
}

static void lower_cond(lowering *L, ir_block *b, CXCursor c) {
  bool nonzero = true;
  if (is_switch(b)) {
    lower_switch_subject(L, b, c);
    return;
  }
  lower_comparison(L, b, c);
  for (;;) {
    c = cfg_strip(c);
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_CallExpr || k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr) {
      if (k == CXCursor_CallExpr) b->cond_call = map_get(&L->calls, c);
      else b->cond_var = tracked_var(L, c);
      b->cond_true_nonzero = nonzero;
      return;
    }
    cursor_list l = cursor_children(c);
    CXCursor next = clang_getNullCursor();
    long long zero;
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot &&
        l.n == 1) {
      nonzero = !nonzero;
      next = l.v[0];
    } else if (k == CXCursor_BinaryOperator && l.n == 2) {
      enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
      if (op == CXBinaryOperator_Assign) {
        next = l.v[1];
      } else if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) {
        int other = cfg_int_literal(l.v[1], &zero) && zero == 0   ? 0
                    : cfg_int_literal(l.v[0], &zero) && zero == 0 ? 1
                                                                  : -1;
        if (other >= 0) {
          next = l.v[other];
          if (op == CXBinaryOperator_EQ) nonzero = !nonzero;
        }
      }
    }
    free(l.v);
    if (clang_Cursor_isNull(next)) return;
    c = next;
  }
}

/* ---- comparisons with constants ---- */

/* The range of a cursor as written in the file (a macro's use, not its body). */
static CXSourceRange written_range(CXTranslationUnit tu, CXCursor c) {
  CXSourceRange r = clang_getCursorExtent(c);
  CXFile f1, f2;
  unsigned o1, o2;
  clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &o1);
  clang_getExpansionLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &o2);
  if (!f1 || !clang_File_isEqual(f1, f2)) return r;
  return clang_getRange(clang_getLocationForOffset(tu, f1, o1), clang_getLocationForOffset(tu, f2, o2));
}

static bool spelled_as_eagain(CXCursor c) {
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(tu, written_range(tu, c), &toks, &n);
  bool found = false;
  for (unsigned i = 0; i < n && !found; i++) {
    char *s = cx_take(clang_getTokenSpelling(tu, toks[i]));
    found = strstr(s, "EAGAIN") || strstr(s, "EWOULDBLOCK");
    free(s);
  }
  if (toks) clang_disposeTokens(tu, toks, n);
  return found;
}

/* The identifier a constant is written as (`SSL_ERROR_WANT_READ`, a macro or
 * an enum constant), when it is written as exactly one, else NULL. */
static char *constant_spelling(CXCursor c) {
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(tu, written_range(tu, c), &toks, &n);
  char *name = n == 1 && clang_getTokenKind(toks[0]) == CXToken_Identifier
                   ? cx_take(clang_getTokenSpelling(tu, toks[0]))
                   : NULL;
  if (toks) clang_disposeTokens(tu, toks, n);
  return name;
}

/* `subject == k` (at: the comparison or the case label, as written). */
static void add_test(lowering *L, CXCursor subject, long long value, int group, int block, CXCursor k,
                     CXCursor at) {
  ir_test t = {.var = -1, .call = value_call_index(L, subject), .value = value, .group = group, .block = block};
  if (t.call < 0) t.var = local_root(L, subject);
  if (t.var < 0 && t.call < 0) return;
  if (block >= 0) {
    t.const_name = constant_spelling(k);
    t.loc = lower_location(at);
  }
  VEC_PUSH(L->f->tests, L->f->ntests, L->f->tests_cap, t);
}

/* `subject == constant` (either way round) evaluated in `block` (-1: an `||`
 * chain's copy): add it; true if it was one. */
static bool equality_test(lowering *L, CXCursor c, int group, int block) {
  c = cfg_strip(c);
  if (clang_getCursorKind(c) != CXCursor_BinaryOperator) return false;
  enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
  if (op != CXBinaryOperator_EQ && op != CXBinaryOperator_NE) return false;
  cursor_list l = cursor_children(c);
  bool found = false;
  long long v;
  for (int side = 0; l.n == 2 && side < 2 && !found; side++)
    if (const_value(l.v[side], &v)) {
      add_test(L, l.v[1 - side], v, group, block, l.v[side], c);
      if (spelled_as_eagain(l.v[side])) {
        L->f->tests_eagain = true;
        if (block >= 0) L->f->blocks[block].tests_eagain = true;
      }
      found = true;
    }
  free(l.v);
  return found;
}

/* The operands of an `||` chain, which lead to the same code when true. */
static void or_chain(lowering *L, CXCursor c, int group) {
  c = cfg_strip(c);
  if (clang_getCursorKind(c) == CXCursor_BinaryOperator &&
      clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_LOr) {
    cursor_list l = cursor_children(c);
    for (int i = 0; i < l.n; i++) or_chain(L, l.v[i], group);
    free(l.v);
    return;
  }
  equality_test(L, c, group, -1);
}

/* The comparisons the CFG builder met on its walk: no second walk of the AST. */
static void lower_tests(lowering *L, const cfg *g) {
  for (int i = 0; i < g->nequalities; i++) equality_test(L, g->equalities[i].expr, 0, g->equalities[i].block);
  for (int i = 0; i < g->nlabels; i++)
    add_test(L, g->labels[i].subject, g->labels[i].value, g->labels[i].group, g->labels[i].block,
             g->labels[i].label, g->labels[i].label);
  L->groups = g->label_groups;
  for (int i = 0; i < g->nor_roots; i++) or_chain(L, g->or_roots[i], ++L->groups);
}

/* ---- fix-its ---- */

typedef struct {
  CXCursor stmt;
  unsigned hash;
  int call;
} stmt_call;

static int cmp_stmt_hash(const void *a, const void *b) {
  const stmt_call *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  return x->call - y->call;
}

/* The fix for a call, the only one of statement s: insert before s, indented like s. */
static void clear_fix(lowering *L, ir_call *call, CXCursor s) {
  CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(s));
  CXFile file;
  unsigned line, col, off, spelled_off;
  clang_getExpansionLocation(start, &file, &line, &col, &off);
  clang_getSpellingLocation(start, NULL, NULL, NULL, &spelled_off);
  if (!file || off != spelled_off) return; /* written by a macro */
  size_t size = 0;
  const char *text = file_text(L, clang_Cursor_getTranslationUnit(s), file, &size);
  if (!text || off > size) return;
  unsigned bol = off;
  while (bol > 0 && text[bol - 1] != '\n') bol--;
  bool indent_only = true;
  for (unsigned i = bol; i < off; i++) indent_only &= text[i] == ' ' || text[i] == '\t';
  call->has_clear_fix = true;
  call->fix_loc = locate(L, s);
  call->fix_text = indent_only ? xasprintf("ERR_clear_error();\n%.*s", (int)(off - bol), text + bol)
                               : xstrdup("ERR_clear_error(); ");
  (void)L;
}

/* Which calls are a statement of their own (their value discarded), and the
 * clear fix-it of each call that is the only one of its statement. */
static void find_clear_fixes(lowering *L, const cfg *g) {
  stmt_call *v = NULL;
  int n = 0, cap = 0;
  for (int i = 0; i < g->nblocks; i++)
    for (int j = 0; j < g->blocks[i].nelems; j++) {
      CXCursor e = g->blocks[i].elems[j];
      if (clang_getCursorKind(e) != CXCursor_CallExpr || clang_Cursor_isNull(g->blocks[i].elem_stmts[j]))
        continue;
      stmt_call sc = {g->blocks[i].elem_stmts[j], 0, map_get(&L->calls, e)};
      if (sc.call < 0) continue;
      VEC_PUSH(v, n, cap, sc);
      if (clang_equalCursors(cfg_strip_void_cast(sc.stmt), e)) L->f->calls[sc.call].result_discarded = true;
    }
  for (int i = 0; i < g->nstmt_calls; i++) {
    int k = map_get(&L->calls, g->stmt_calls[i]);
    if (k >= 0) L->f->calls[k].is_statement = true;
  }
  /* Group the calls by statement (sorted by the statement's hash), then look
   * within each group: linear in the function's size for the usual short groups. */
  for (int i = 0; i < n; i++) v[i].hash = clang_hashCursor(v[i].stmt);
  if (n > 1) qsort(v, (size_t)n, sizeof *v, cmp_stmt_hash);
  for (int lo = 0; lo < n;) {
    int hi = lo;
    while (hi < n && v[hi].hash == v[lo].hash) hi++;
    for (int i = lo; i < hi; i++) {
      bool alone = true; /* the statement's only call */
      for (int j = lo; j < hi && alone; j++)
        alone = j == i || !clang_equalCursors(v[j].stmt, v[i].stmt);
      if (alone) clear_fix(L, &L->f->calls[v[i].call], v[i].stmt);
    }
    lo = hi;
  }
  free(v);
}

/* ---- what a finding's path shows of a block ---- */

/* An expression as written in the file, on one line and at most about 72
 * characters; NULL when it does not lie in one file. A range that ends in a
 * macro ends at the start of the macro's name: take the name (and a
 * function-like macro's parenthesized arguments) too. */
/* Where the token at l is written in a file, when that is where it stands in
 * the code too: a token outside macros, or one of a macro's argument (not of
 * a macro's body, which is written where the macro is defined). */
static bool spelled_in_file(CXSourceLocation l, CXFile *f, unsigned *off) {
  CXFile sf;
  unsigned soff;
  clang_getFileLocation(l, f, NULL, NULL, off);
  clang_getSpellingLocation(l, &sf, NULL, NULL, &soff);
  return *f && sf && clang_File_isEqual(*f, sf) && *off == soff;
}

static char *written_text_at(lowering *L, CXCursor c, CXFile f1, unsigned o1, unsigned o2);

/* Whether text closes every parenthesis it opens, and no other. */
static bool balanced(const char *text) {
  int depth = 0;
  for (const char *c = text; *c && depth >= 0; c++) depth += *c == '(' ? 1 : *c == ')' ? -1 : 0;
  return depth == 0;
}

/* An expression written as a macro's argument (`unlikely(!ready(s))`, whose
 * branch tests `ready(s)`) as written there, not the whole macro's use: where
 * both ends are written in the file (not in a macro's body) and what lies
 * between is a whole expression; else NULL. */
static char *argument_text(lowering *L, CXCursor c) {
  CXSourceRange r = clang_getCursorExtent(c);
  CXFile f1, f2;
  unsigned o1, o2;
  CXFile e1;
  unsigned eo1;
  clang_getExpansionLocation(clang_getRangeStart(r), &e1, NULL, NULL, &eo1);
  if (!spelled_in_file(clang_getRangeStart(r), &f1, &o1) || !spelled_in_file(clang_getRangeEnd(r), &f2, &o2) ||
      !clang_File_isEqual(f1, f2) || o2 < o1 || (e1 && clang_File_isEqual(e1, f1) && eo1 == o1))
    return NULL; /* not in a macro's argument (or where the macro's use starts) */
  char *text = written_text_at(L, c, f1, o1, o2);
  return text && balanced(text) ? text : (free(text), NULL);
}

static char *written_text(lowering *L, CXCursor c) {
  char *arg = argument_text(L, c);
  if (arg) return arg;
  CXSourceRange r = clang_getCursorExtent(c);
  CXFile f1, f2;
  unsigned o1, o2;
  clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &o1);
  clang_getExpansionLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &o2);
  if (!f1 || !f2 || !clang_File_isEqual(f1, f2) || o2 < o1) return NULL;
  return written_text_at(L, c, f1, o1, o2);
}

/* The text written in file f1 from offset o1 to the token at o2 (with a call's
 * arguments where that token names a function), shortened. */
static char *written_text_at(lowering *L, CXCursor c, CXFile f1, unsigned o1, unsigned o2) {
  size_t size = 0;
  const char *buf = file_text(L, clang_Cursor_getTranslationUnit(c), f1, &size);
  if (!buf || o2 > size) return NULL;
  size_t end = o2;
  if (end < size && ident_char(buf[end]) && (end == o1 || !ident_char(buf[end - 1]))) {
    while (end < size && ident_char(buf[end])) end++;
    if (end < size && buf[end] == '(') {
      for (int depth = 0; end < size; end++) {
        if (buf[end] == '(') depth++;
        else if (buf[end] == ')' && --depth == 0) {
          end++;
          break;
        }
      }
    }
  }
  enum { MAX_TEXT = 72 };
  strbuf sb = {0};
  char piece[2] = {0};
  size_t n = 0;
  bool space = false;
  for (size_t i = o1; i < end && n < MAX_TEXT; i++) {
    char ch = buf[i];
    bool continuation = ch == '\\' && i + 1 < end && (buf[i + 1] == '\n' || buf[i + 1] == '\r');
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || continuation) {
      space = n > 0;
      continue;
    }
    if (space) sb_append(&sb, " "), n++;
    space = false;
    piece[0] = ch;
    sb_append(&sb, piece);
    n++;
  }
  if (n >= MAX_TEXT) sb_append(&sb, "...");
  return sb_take(&sb);
}

static void locate_block(lowering *L, ir_block *b, const cfg_block *cb) {
  /* where the first event is a call, its place is known (the usual case: no lookup) */
  if (b->nev && b->ev[0].kind == EV_CALL) {
    b->loc = L->f->calls[b->ev[0].call].loc;
    b->loc.file = xstrdup(b->loc.file);
  } else if (cb->nelems) {
    b->loc = locate(L, cb->elems[0]);
  }
  if (!cb->has_cond) return;
  b->cond_loc = locate(L, cb->cond);
  b->cond_text = written_text(L, cb->cond);
  if (!cb->nelems) {
    b->loc = b->cond_loc;
    b->loc.file = xstrdup(b->cond_loc.file);
  }
}

/* ---- reads the IR does not say ---- */

/* Where an expression is read: a value (an operand of another value), a
 * branch's condition (truth-tested, or a switch's subject), the operand
 * compared with a constant in a condition, returned as it is, or passed on
 * as it is (a call's argument, a copy's source: READ_PASSED, under
 * parentheses and casts). */
typedef enum { READ_VALUE, READ_COND, READ_COMPARED, READ_RETURNED, READ_PASSED } read_context;

static bool is_comparison(enum CXBinaryOperatorKind op) {
  return op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE || op == CXBinaryOperator_LT ||
         op == CXBinaryOperator_LE || op == CXBinaryOperator_GT || op == CXBinaryOperator_GE;
}

static void mark_reads(lowering *L, CXCursor c, read_context ctx);

static void mark_children(lowering *L, CXCursor c, read_context ctx) {
  cursor_list l = cursor_children(c);
  for (int i = 0; i < l.n; i++) mark_reads(L, l.v[i], ctx);
  free(l.v);
}

/* The condition of an `if`, `while`, `do` or `switch` (child `cond` of c) in
 * READ_COND, the rest as statements. */
static void mark_statement_with_cond(lowering *L, CXCursor c, int cond) {
  cursor_list l = cursor_children(c);
  for (int i = 0; i < l.n; i++) mark_reads(L, l.v[i], i == cond ? READ_COND : READ_VALUE);
  free(l.v);
}

/* Every read of a local variable in c, seen in context ctx, that is not a
 * truth test or a comparison with a constant in a condition, nor a returned
 * value, makes the variable's reads opaque (ir_var.opaque_reads). */
static void mark_reads(lowering *L, CXCursor c, read_context ctx) {
  enum CXCursorKind k = clang_getCursorKind(c);
  switch (k) {
  case CXCursor_ParenExpr:
  case CXCursor_UnexposedExpr: /* implicit casts */
    mark_children(L, c, ctx);
    return;
  case CXCursor_CStyleCastExpr:
    mark_children(L, c, ctx == READ_PASSED ? READ_PASSED : READ_VALUE);
    return;
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(c);
    if ((ctx == READ_VALUE || ctx == READ_PASSED) && is_local(d)) {
      var_info(L, var_of_decl(L, d))->opaque_reads = true;
      if (ctx == READ_VALUE) var_info(L, var_of_decl(L, d))->hidden_reads = true;
    }
    return;
  }
  case CXCursor_CallExpr: { /* the callee, then the arguments, each passed as it is */
    cursor_list l = cursor_children(c);
    for (int i = 0; i < l.n; i++) mark_reads(L, l.v[i], i == 0 ? READ_VALUE : READ_PASSED);
    free(l.v);
    return;
  }
  case CXCursor_VarDecl:
    mark_children(L, c, READ_PASSED); /* `int saved = err;` */
    return;
  case CXCursor_IfStmt:
  case CXCursor_WhileStmt:
  case CXCursor_SwitchStmt: { /* the condition is the first expression (a declaration may come first) */
    cursor_list l = cursor_children(c);
    int cond = -1;
    for (int i = 0; i < l.n && cond < 0; i++)
      if (clang_isExpression(clang_getCursorKind(l.v[i]))) cond = i;
    free(l.v);
    mark_statement_with_cond(L, c, cond);
    return;
  }
  case CXCursor_DoStmt: mark_statement_with_cond(L, c, 1); return;
  case CXCursor_ReturnStmt: mark_children(L, c, READ_RETURNED); return;
  case CXCursor_ConditionalOperator: {
    cursor_list l = cursor_children(c);
    for (int i = 0; i < l.n; i++)
      mark_reads(L, l.v[i], i == 0 ? READ_COND : ctx == READ_RETURNED ? READ_RETURNED : READ_VALUE);
    free(l.v);
    return;
  }
  case CXCursor_UnaryOperator:
    mark_children(L, c, ctx == READ_COND && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot
                            ? READ_COND : READ_VALUE);
    return;
  case CXCursor_BinaryOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    cursor_list l = cursor_children(c);
    if (l.n == 2 && (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)) {
      for (int i = 0; i < 2; i++) mark_reads(L, l.v[i], ctx == READ_COND ? READ_COND : READ_VALUE);
    } else if (l.n == 2 && is_comparison(op)) {
      /* compared with a constant: in a condition, as the IR's tests say; in a
       * value (`ok = (err == SSL_ERROR_NONE);`), a read the events do not
       * show, but one that hands on only the comparison, not the value */
      long long k0, k1;
      bool c0 = cfg_eval_int(l.v[0], &k0), c1 = cfg_eval_int(l.v[1], &k1);
      read_context with_const = ctx == READ_COND ? READ_COMPARED : READ_PASSED;
      for (int i = 0; i < 2; i++) mark_reads(L, l.v[i], (i == 0 ? c1 : c0) ? with_const : READ_VALUE);
    } else if (l.n == 2 && op == CXBinaryOperator_Assign) {
      CXCursor lhs = cfg_strip(l.v[0]);
      if (clang_getCursorKind(lhs) != CXCursor_DeclRefExpr) mark_reads(L, l.v[0], READ_VALUE); /* `a[i] = x` reads i */
      mark_reads(L, l.v[1], READ_PASSED);
    } else {
      for (int i = 0; i < l.n; i++) mark_reads(L, l.v[i], READ_VALUE);
    }
    free(l.v);
    return;
  }
  default:
    mark_children(L, c, READ_VALUE);
    return;
  }
}

/* ---- stable conditions ---- */

/* The parameter or local variable an lvalue is or lies in (`p`, `p.x`,
 * `p[i]`, `(p)`), or a null cursor. */
static CXCursor written_local(CXCursor e) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(e);
      return is_local(d) ? d : clang_getNullCursor();
    }
    if (k != CXCursor_ParenExpr && k != CXCursor_MemberRefExpr && k != CXCursor_UnexposedExpr &&
        k != CXCursor_ArraySubscriptExpr && k != CXCursor_CStyleCastExpr)
      break;
    cursor_list l = cursor_children(e);
    CXCursor next = l.n >= 1 ? l.v[k == CXCursor_CStyleCastExpr ? l.n - 1 : 0] : clang_getNullCursor();
    free(l.v);
    if (clang_Cursor_isNull(next)) break;
    e = next;
  }
  return clang_getNullCursor();
}

/* Collects the parameters and local variables the function assigns,
 * increments or takes the address of (not a declaration's initializer). */
static enum CXChildVisitResult find_written_locals(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  cursor_vec *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  CXCursor target = clang_getNullCursor();
  if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    if (op >= CXBinaryOperator_Assign && op != CXBinaryOperator_Comma) {
      cursor_list l = cursor_children(c);
      if (l.n >= 1) target = written_local(l.v[0]);
      free(l.v);
    }
  } else if (k == CXCursor_UnaryOperator) {
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
    if (op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec || op == CXUnaryOperator_PreInc ||
        op == CXUnaryOperator_PreDec || op == CXUnaryOperator_AddrOf) {
      cursor_list l = cursor_children(c);
      if (l.n >= 1) target = written_local(l.v[0]);
      free(l.v);
    }
  }
  if (!clang_Cursor_isNull(target)) VEC_PUSH(w->v, w->n, w->cap, target);
  return CXChildVisit_Recurse;
}

static bool is_written(const cursor_vec *w, CXCursor d) {
  for (int i = 0; i < w->n; i++)
    if (clang_equalCursors(w->v[i], d)) return true;
  return false;
}

/* Whether a local variable has an initializer. */
static bool initialized(CXCursor var) {
  cursor_list l = cursor_children(var);
  bool init = false;
  for (int i = 0; i < l.n; i++) init |= clang_isExpression(clang_getCursorKind(l.v[i])) != 0;
  free(l.v);
  return init;
}

/* Whether condition e has one value wherever the function evaluates it,
 * between definitions of the local variables it reads (`reads`): it reads
 * only parameters that are never written (`written`), local variables
 * written only by their initializer, enumerators, literals and operators
 * without side effects (`flags & USE_SSL`, `use_tls`). Its form goes to
 * `key`: the operators, the literals' values and the declarations read,
 * whatever macros wrote it (`IF_ON(a)` and `IF_ON(b)` differ; a name
 * shadowed in an inner scope is another variable). */
static bool stable_condition(CXCursor e, const cursor_vec *written, int depth, cursor_vec *reads, strbuf *key) {
  if (depth > 16) return false;
  enum CXCursorKind k = clang_getCursorKind(e);
  char piece[64];
  switch (k) {
  case CXCursor_IntegerLiteral:
  case CXCursor_CharacterLiteral: {
    CXEvalResult r = clang_Cursor_Evaluate(e);
    bool ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
    if (ok) snprintf(piece, sizeof piece, "#%lld", clang_EvalResult_getAsLongLong(r));
    if (r) clang_EvalResult_dispose(r);
    if (ok) sb_append(key, piece);
    return ok;
  }
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(e);
    enum CXCursorKind dk = clang_getCursorKind(d);
    if (dk == CXCursor_EnumConstantDecl) {
      snprintf(piece, sizeof piece, "#%lld", clang_getEnumConstantDeclValue(d));
      sb_append(key, piece);
      return true;
    }
    if (!is_local(d) || is_written(written, d) || (dk == CXCursor_VarDecl && !initialized(d))) return false;
    VEC_PUSH(reads->v, reads->n, reads->cap, d);
    unsigned off;
    clang_getExpansionLocation(clang_getCursorLocation(d), NULL, NULL, NULL, &off);
    snprintf(piece, sizeof piece, "v%u", off);
    sb_append(key, piece);
    return true;
  }
  case CXCursor_UnaryOperator: {
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
    if (op != CXUnaryOperator_LNot && op != CXUnaryOperator_Not && op != CXUnaryOperator_Minus &&
        op != CXUnaryOperator_Plus)
      return false;
    snprintf(piece, sizeof piece, "u%d", (int)op);
    break;
  }
  case CXCursor_BinaryOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
    if (op == CXBinaryOperator_Invalid || op >= CXBinaryOperator_Assign || op <= CXBinaryOperator_PtrMemI) return false;
    snprintf(piece, sizeof piece, "b%d", (int)op);
    break;
  }
  case CXCursor_ParenExpr:
  case CXCursor_UnexposedExpr:
  case CXCursor_CStyleCastExpr: /* a conversion to its type, which may change the value */
    snprintf(piece, sizeof piece, "c%d.%lld", (int)clang_getCanonicalType(clang_getCursorType(e)).kind,
             clang_Type_getSizeOf(clang_getCursorType(e)));
    break;
  default:
    return false;
  }
  sb_append(key, piece);
  sb_append(key, "(");
  cursor_list l = cursor_children(e);
  bool ok = l.n > 0;
  for (int i = 0; i < l.n && ok; i++)
    if (clang_getCursorKind(l.v[i]) != CXCursor_TypeRef) {
      ok = stable_condition(l.v[i], written, depth + 1, reads, key);
      sb_append(key, ",");
    }
  free(l.v);
  sb_append(key, ")");
  return ok;
}

/* Under parentheses and `!`: the condition tested, and whether an odd
 * number of `!` turn it round (*negated). */
static CXCursor unnegated(CXCursor e, bool *negated) {
  *negated = false;
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    bool not = k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_LNot;
    if (k != CXCursor_ParenExpr && !not) break;
    cursor_list l = cursor_children(e);
    CXCursor next = l.n == 1 ? l.v[0] : clang_getNullCursor();
    free(l.v);
    if (clang_Cursor_isNull(next)) break;
    if (not) *negated = !*negated;
    e = next;
  }
  return e;
}

/* Numbers the conditions of two blocks or more that are stable and written
 * alike, or alike but for a `!` (ir_block.cond_key1, negative for the
 * latter): a path takes the same edge at each (spamc's `if (flags &
 * SPAMC_USE_SSL)` before the connect and before the write). */
static void key_stable_conditions(lowering *L, const cfg *g) {
  char **text = xcalloc((size_t)g->nblocks + 1, sizeof *text);
  bool *negated = xcalloc((size_t)g->nblocks + 1, sizeof *negated);
  cursor_vec *reads = xcalloc((size_t)g->nblocks + 1, sizeof *reads); /* the locals each reads */
  int candidates = 0;
  for (int i = 0; i < g->nblocks; i++) {
    const cfg_block *cb = &g->blocks[i];
    ir_block *b = &L->f->blocks[i];
    if (!cb->has_cond || b->nsucc != 2 || (b->succ[0].kind != IR_EDGE_TRUE && b->succ[0].kind != IR_EDGE_FALSE) ||
        (b->succ[1].kind != IR_EDGE_TRUE && b->succ[1].kind != IR_EDGE_FALSE))
      continue;
    cursor_vec r = {0};
    strbuf key = {0};
    if (stable_condition(unnegated(cb->cond, &negated[i]), written_locals(L), 0, &r, &key)) text[i] = sb_take(&key);
    else free(sb_take(&key));
    if (text[i]) reads[i] = r;
    else free(r.v);
    candidates += text[i] != NULL;
  }
  int nkeys = 0;
  for (int i = 0; i < g->nblocks && candidates > 1; i++) {
    if (!text[i] || L->f->blocks[i].cond_key1) continue;
    int key = 0;
    for (int j = i + 1; j < g->nblocks; j++) {
      if (!text[j] || strcmp(text[i], text[j])) continue;
      if (!key) {
        if (nkeys == IR_MAX_COND_KEYS) break;
        key = ++nkeys;
        L->f->blocks[i].cond_key1 = negated[i] ? -key : key;
      }
      L->f->blocks[j].cond_key1 = negated[j] ? -key : key;
    }
  }
  for (int i = 0; i < g->nblocks; i++) {
    int key = L->f->blocks[i].cond_key1 < 0 ? -L->f->blocks[i].cond_key1 : L->f->blocks[i].cond_key1;
    for (int j = 0; j < reads[i].n && key; j++)
      var_info(L, var_of_decl(L, reads[i].v[j]))->cond_keys |= 1u << (key - 1);
    free(reads[i].v);
    free(text[i]);
  }
  free(reads);
  free(text);
  free(negated);
}

/* ---- the function ---- */

ir_function *lower_function(CXCursor fn, const cfg *g, const char *openssl_dir) {
  ir_function *f = xcalloc(1, sizeof *f);
  lowering L = {.f = f, .openssl_dir = openssl_dir, .main = main_file(clang_Cursor_getTranslationUnit(fn)), .fn = fn};
  f->name = cx_take(clang_getCursorSpelling(fn));
  f->is_static = clang_Cursor_getStorageClass(fn) == CX_SC_Static;
  f->fntype = function_type_spelling(clang_getCursorType(fn));
  f->returns_int_like = int_like(clang_getCursorResultType(fn));
  f->returns_bool = clang_getCanonicalType(clang_getCursorResultType(fn)).kind == CXType_Bool;
  f->returns_pointer = clang_getCanonicalType(clang_getCursorResultType(fn)).kind == CXType_Pointer;
  f->loc = locate(&L, fn);
  {
    unsigned end_line = 0;
    clang_getExpansionLocation(clang_getRangeEnd(clang_getCursorExtent(fn)), NULL, &end_line, NULL, NULL);
    f->end_line = end_line < f->loc.line ? f->loc.line : end_line;
  }
  int nparams = clang_Cursor_getNumArguments(fn);
  for (int i = 0; i < nparams; i++) var_of_decl(&L, clang_Cursor_getArgument(fn, (unsigned)i));
  f->nparams = nparams > 0 ? nparams : 0;

  f->nblocks = g->nblocks;
  f->entry = g->entry;
  f->exit = g->exit;
  f->blocks = xcalloc((size_t)g->nblocks, sizeof *f->blocks);
  for (int i = 0; i < g->nblocks; i++) {
    const cfg_block *cb = &g->blocks[i];
    ir_block *b = &f->blocks[i];
    b->cond_call = b->cond_var = b->cmp_var = b->cmp_call = b->rng_var = b->rng_var2 = -1;
    for (int j = 0; j < cb->nelems; j++) lower_elem(&L, b, cb->elems[j], cb->elem_arms[j]);
    if (cb->nsuccs) {
      b->succ = xmalloc((size_t)cb->nsuccs * sizeof *b->succ);
      b->nsucc = cb->nsuccs;
      for (int j = 0; j < cb->nsuccs; j++)
        b->succ[j] = (ir_edge){cb->succs[j].to, (ir_edge_kind)cb->succs[j].kind, cb->succs[j].has_value,
                               cb->succs[j].value};
    }
  }
  /* Conditions refer to calls lowered in their own block, so do them last. */
  for (int i = 0; i < g->nblocks; i++)
    if (g->blocks[i].has_cond) lower_cond(&L, &f->blocks[i], g->blocks[i].cond);
  /* (a function that calls nothing can have no finding: its blocks need no place) */
  for (int i = 0; i < g->nblocks && f->ncalls > 0; i++) locate_block(&L, &f->blocks[i], &g->blocks[i]);
  lower_tests(&L, g);
  find_clear_fixes(&L, g);
  /* A variable whose every `&v` is a call's argument (`tls_connect(c, &err)`):
   * as many `&` of it as arguments that are its address. */
  int *taken = xmalloc(((size_t)g->naddr_taken + 1) * sizeof *taken);
  for (int i = 0; i < g->naddr_taken; i++) { /* may add variables (fields reached through pointers) */
    taken[i] = tracked_var(&L, g->addr_taken[i]);
    if (taken[i] >= 0) var_info(&L, taken[i])->addr_taken = true;
  }
  int *addr_uses = xcalloc((size_t)f->nvars + 1, sizeof *addr_uses);
  for (int i = 0; i < g->naddr_taken; i++)
    if (taken[i] >= 0 && taken[i] < f->nvars) addr_uses[taken[i]]++;
  free(taken);
  for (int k = 0; k < f->ncalls; k++)
    for (int a = 0; a < f->calls[k].nargs; a++) {
      int v = f->calls[k].args[a].addr_var;
      if (v >= 0 && v < f->nvars) addr_uses[v]--;
    }
  for (int v = 0; v < f->nvars; v++) f->vars[v].addr_args_only = f->vars[v].addr_taken && addr_uses[v] == 0;
  free(addr_uses);
  note_asm(&L, fn);
  thread_flag_tests(&L);
  free(L.flag_defs);
  key_stable_conditions(&L, g);

  {
    cursor_list body = cursor_children(fn);
    for (int i = 0; i < body.n; i++)
      if (clang_getCursorKind(body.v[i]) == CXCursor_CompoundStmt) mark_reads(&L, body.v[i], READ_VALUE);
    free(body.v);
  }

  var_info(&L, f->nvars);
  free(L.written.v);
  map_free(&L.vars);
  map_free(&L.calls);
  for (int i = 0; i < L.npaths; i++) free(L.paths[i].key);
  free(L.paths);
  return f;
}
