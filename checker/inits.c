#include "inits.h"

#include "cfg.h"
#include "cursor.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Through parentheses, casts, implicit conversions and `&`: the function an
 * initializer names, or NULL. */
static char *function_named(CXCursor e) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(e);
      return clang_getCursorKind(d) == CXCursor_FunctionDecl ? cx_take(clang_getCursorSpelling(d)) : NULL;
    }
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr &&
        k != CXCursor_UnaryOperator)
      return NULL;
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_AddrOf)
      return NULL;
    cursor_list l = cursor_children(e);
    CXCursor next = l.n > 0 ? l.v[l.n - 1] : clang_getNullCursor(); /* a cast's operand is last */
    free(l.v);
    if (clang_Cursor_isNull(next)) return NULL;
    e = next;
  }
  return NULL;
}

static enum CXVisitorResult add_field(CXCursor c, CXClientData data) {
  cursor_list *l = data;
  VEC_PUSH(l->v, l->n, l->cap, c);
  return CXVisit_Continue;
}

typedef struct {
  tu_result *r;
  CXTranslationUnit tu;
  CXFile main;
} walk;

static void visit_list(const walk *w, CXCursor list, CXType type, int depth);

/* The one identifier an expression is written as (`OSSL_FUNC_KDF_DERIVE`, a
 * macro or an enumerator), or NULL. */
static char *identifier_spelling(CXTranslationUnit tu, CXCursor e) {
  /* The extent where it is written: a macro's use, not its definition. */
  CXSourceRange ext = clang_getCursorExtent(e);
  CXFile f1, f2;
  unsigned l1, c1, l2, c2;
  clang_getExpansionLocation(clang_getRangeStart(ext), &f1, &l1, &c1, NULL);
  clang_getExpansionLocation(clang_getRangeEnd(ext), &f2, &l2, &c2, NULL);
  if (!f1 || !f2 || !clang_File_isEqual(f1, f2)) return NULL;
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(tu, clang_getRange(clang_getLocation(tu, f1, l1, c1), clang_getLocation(tu, f2, l2, c2)), &toks, &n);
  char *name = n == 1 && clang_getTokenKind(toks[0]) == CXToken_Identifier
                   ? cx_take(clang_getTokenSpelling(tu, toks[0]))
                   : NULL;
  if (toks) clang_disposeTokens(tu, toks, n);
  return name;
}

/* The name of the object-like macro whose body is just the one token e is
 * spelled as (`# define OSSL_FUNC_CIPHER_ENCRYPT_INIT 2` for the 2 of a
 * dispatch table that a macro of its own writes, as the providers'
 * IMPLEMENT_generic_cipher() does), or NULL. */
static char *defining_macro(CXTranslationUnit tu, CXCursor e) {
  CXFile f;
  unsigned line;
  clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(e)), &f, &line, NULL, NULL);
  if (!f) return NULL;
  CXSourceRange r = clang_getRange(clang_getLocation(tu, f, line, 1), clang_getLocation(tu, f, line + 1, 1));
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(tu, r, &toks, &n);
  char *name = NULL;
  char *t[4] = {0};
  unsigned first = 0; /* tokens of this line only: the range may end in the next one's first */
  for (unsigned i = 0; i < n; i++) {
    CXSourceLocation at = clang_getTokenLocation(tu, toks[i]);
    unsigned l;
    clang_getSpellingLocation(at, NULL, &l, NULL, NULL);
    if (l != line) break;
    first++;
  }
  if (first == 4) {
    for (unsigned i = 0; i < 4; i++) t[i] = cx_take(clang_getTokenSpelling(tu, toks[i]));
    if (!strcmp(t[0], "#") && !strcmp(t[1], "define") && clang_getTokenKind(toks[2]) == CXToken_Identifier &&
        clang_getTokenKind(toks[3]) == CXToken_Literal)
      name = xstrdup(t[2]);
    for (unsigned i = 0; i < 4; i++) free(t[i]);
  }
  if (toks) clang_disposeTokens(tu, toks, n);
  return name;
}

/* The identifier a dispatch table's id is written as: the macro that
 * defines its value, else the one identifier written in its place. */
static char *dispatch_id_spelling(CXTranslationUnit tu, CXCursor e) {
  e = cfg_strip(e);
  if (clang_getCursorKind(e) == CXCursor_IntegerLiteral) {
    char *name = defining_macro(tu, e);
    if (name) return name;
  }
  return identifier_spelling(tu, e);
}

static void add_entry(tu_result *r, const char *key, const char *fn) {
  char *entry = xasprintf("%s %s", key, fn);
  VEC_PUSH(r->inits, r->ninits, r->inits_cap, entry);
}

/* Whether a field, variable or expression is of a pointer-to-function type. */
static bool holds_function_pointer(CXCursor field_or_lhs) {
  CXType t = clang_getCanonicalType(clang_getCursorType(field_or_lhs));
  if (t.kind != CXType_Pointer) return false;
  enum CXTypeKind pk = clang_getCanonicalType(clang_getPointeeType(t)).kind;
  return pk == CXType_FunctionProto || pk == CXType_FunctionNoProto;
}

static bool null_pointer(CXTranslationUnit tu, CXCursor e) {
  char *id = identifier_spelling(tu, e);
  bool null = id && !strcmp(id, "NULL");
  free(id);
  if (null) return true;
  e = cfg_strip(e);
  if (clang_getCursorKind(e) != CXCursor_IntegerLiteral) return false;
  CXEvalResult r = clang_Cursor_Evaluate(e);
  bool zero = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
  if (r) clang_EvalResult_dispose(r);
  return zero;
}

/* `KEY @set`: field or variable KEY is given a value other than a function
 * (a parameter, another field): calls through it stay unresolved. A field no
 * entry names at all is never given a function by the code. */
#define SET_OTHERWISE "@set"

/* One initializer of field `field` of struct `tag`; the function it names, if
 * any (caller frees). */
static char *visit_value(const walk *w, const char *tag, CXCursor field, CXCursor value, int depth) {
  if (clang_getCursorKind(value) == CXCursor_InitListExpr) {
    visit_list(w, value, clang_getCursorType(field), depth + 1);
    return NULL;
  }
  char *fn = function_named(value);
  if (!fn && (!holds_function_pointer(field) || null_pointer(w->tu, value))) return NULL;
  char *name = cx_take(clang_getCursorSpelling(field));
  char *key = xasprintf("%s.%s", tag, name);
  add_entry(w->r, key, fn ? fn : SET_OTHERWISE);
  free(key);
  free(name);
  return fn;
}

static int field_index(const cursor_list *fields, const char *name) {
  for (int i = 0; i < fields->n; i++) {
    char *s = cx_take(clang_getCursorSpelling(fields->v[i]));
    bool same = !strcmp(s, name);
    free(s);
    if (same) return i;
  }
  return -1;
}

static void visit_list(const walk *w, CXCursor list, CXType type, int depth) {
  if (depth > 8) return;
  CXType canon = clang_getCanonicalType(type);
  cursor_list items = cursor_children(list);
  if (canon.kind == CXType_ConstantArray || canon.kind == CXType_IncompleteArray) {
    CXType elem = clang_getArrayElementType(canon);
    for (int i = 0; i < items.n; i++)
      if (clang_getCursorKind(items.v[i]) == CXCursor_InitListExpr) visit_list(w, items.v[i], elem, depth + 1);
  } else if (canon.kind == CXType_Record) {
    CXCursor decl = clang_getTypeDeclaration(canon);
    char *tag = clang_Cursor_isAnonymous(decl) ? xstrdup("") : cx_take(clang_getCursorSpelling(decl));
    cursor_list fields = {0};
    clang_Type_visitFields(canon, add_field, &fields);
    int pos = 0; /* the field a positional initializer goes to */
    /* A dispatch-table entry (`{ OSSL_FUNC_KDF_DERIVE, (void (*)(void))kdf_derive }`):
     * the function, and the identifier the other field is written as. */
    char *fn = NULL, *id = NULL;
    for (int i = 0; *tag && i < items.n; i++) {
      CXCursor value = items.v[i];
      /* `.field = value`: the designator, then the value. */
      cursor_list parts = cursor_children(value);
      if (clang_getCursorKind(value) == CXCursor_UnexposedExpr && parts.n == 2 &&
          clang_getCursorKind(parts.v[0]) == CXCursor_MemberRef) {
        char *name = cx_take(clang_getCursorSpelling(parts.v[0]));
        pos = field_index(&fields, name);
        free(name);
        value = parts.v[1];
      }
      free(parts.v);
      if (pos < 0 || pos >= fields.n) break;
      char *named = visit_value(w, tag, fields.v[pos], value, depth);
      if (named && !fn) fn = named;
      else free(named);
      if (!named && !id && clang_getCanonicalType(clang_getCursorType(fields.v[pos])).kind != CXType_Pointer)
        id = dispatch_id_spelling(w->tu, value);
      pos++;
    }
    if (fn && id) {
      char *key = xasprintf("@dispatch:%s", id);
      add_entry(w->r, key, fn);
      free(key);
    }
    free(fn);
    free(id);
    free(fields.v);
    free(tag);
  }
  free(items.v);
}

/* Written in the main file, or by a macro used there (OpenSSL's IMPLEMENT_*_meth_func). */
static bool from_main_file(const walk *w, CXCursor c) {
  CXFile f;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  return f && clang_File_isEqual(f, w->main);
}

/* ---- assignments in function bodies ---- */

/* The name a call through the pointer `lhs` is known by (`evp_kdf_st.derive`
 * for `kdf->derive`, `c_get_libctx` for a global variable), when it holds a
 * function; or NULL. */
static char *pointer_key(CXCursor lhs) {
  lhs = cfg_strip(lhs);
  if (!holds_function_pointer(lhs)) return NULL;
  CXCursor d = clang_getCursorReferenced(lhs);
  enum CXCursorKind k = clang_getCursorKind(lhs), dk = clang_getCursorKind(d);
  if (k == CXCursor_MemberRefExpr && dk == CXCursor_FieldDecl) {
    CXCursor rec = clang_getCursorSemanticParent(d);
    if (clang_Cursor_isAnonymous(rec)) return NULL;
    char *tag = cx_take(clang_getCursorSpelling(rec)), *field = cx_take(clang_getCursorSpelling(d));
    char *key = *tag ? xasprintf("%s.%s", tag, field) : NULL;
    free(tag);
    free(field);
    return key;
  }
  if (k == CXCursor_DeclRefExpr && dk == CXCursor_VarDecl &&
      clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit)
    return cx_take(clang_getCursorSpelling(d));
  return NULL;
}

typedef struct {
  const walk *w;
  CXCursor fn;   /* the function whose body is read */
  char **labels; /* the case labels the statements being read are under */
  int nlabels;
} body_walk;

/* `x->f = param` stores what the callers pass as that parameter:
 * "@param:FUNCTION:INDEX"; `x->f = y->g` what field g holds: "@field:KEY".
 * NULL for any other value. */
static char *value_source(const body_walk *b, CXCursor rhs) {
  rhs = cfg_strip(rhs);
  while (clang_getCursorKind(rhs) == CXCursor_CStyleCastExpr) {
    cursor_list l = cursor_children(rhs);
    CXCursor inner = l.n > 0 ? cfg_strip(l.v[l.n - 1]) : clang_getNullCursor();
    free(l.v);
    if (clang_Cursor_isNull(inner)) return NULL;
    rhs = inner;
  }
  CXCursor d = clang_getCursorReferenced(rhs);
  if (clang_getCursorKind(rhs) == CXCursor_DeclRefExpr && clang_getCursorKind(d) == CXCursor_ParmDecl) {
    int n = clang_Cursor_getNumArguments(b->fn);
    for (int i = 0; i < n; i++)
      if (clang_equalCursors(clang_Cursor_getArgument(b->fn, (unsigned)i), d)) {
        char *name = cx_take(clang_getCursorSpelling(b->fn));
        char *src = xasprintf("@param:%s:%d", name, i);
        free(name);
        return src;
      }
    return NULL;
  }
  char *key = pointer_key(rhs);
  if (!key || !strchr(key, '.')) {
    free(key);
    return NULL;
  }
  char *src = xasprintf("@field:%s", key);
  free(key);
  return src;
}

/* `p = f` stores function f where pointer p is (as an initializer would);
 * `p = OSSL_FUNC_kdf_derive(fns)` under `case OSSL_FUNC_KDF_DERIVE:` stores
 * what a dispatch table gives for that identifier. */
static void record_assignment(const body_walk *b, CXCursor c) {
  if (clang_getCursorKind(c) != CXCursor_BinaryOperator ||
      clang_getCursorBinaryOperatorKind(c) != CXBinaryOperator_Assign)
    return;
  cursor_list l = cursor_children(c);
  char *key = l.n == 2 ? pointer_key(l.v[0]) : NULL;
  if (key) {
    char *fn = function_named(l.v[1]);
    if (fn) add_entry(b->w->r, key, fn);
    for (int i = 0; !fn && i < b->nlabels; i++) {
      char *id = xasprintf("@dispatch:%s", b->labels[i]);
      add_entry(b->w->r, key, id);
      free(id);
    }
    if (!fn && !b->nlabels && !null_pointer(b->w->tu, l.v[1])) {
      char *src = value_source(b, l.v[1]);
      add_entry(b->w->r, key, src ? src : SET_OTHERWISE);
      free(src);
    }
    free(fn);
    free(key);
  }
  free(l.v);
}

static void read_statement(body_walk *b, CXCursor st);

static enum CXChildVisitResult visit_statement(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  body_walk *b = data;
  if (clang_getCursorKind(c) == CXCursor_SwitchStmt) {
    read_statement(b, c);
    return CXChildVisit_Continue;
  }
  record_assignment(b, c);
  return CXChildVisit_Recurse;
}

/* A switch's body: each statement under the case labels before it. */
static void read_switch(const body_walk *outer, CXCursor sw) {
  cursor_list parts = cursor_children(sw);
  CXCursor body = parts.n > 0 ? parts.v[parts.n - 1] : clang_getNullCursor();
  free(parts.v);
  if (clang_Cursor_isNull(body) || clang_getCursorKind(body) != CXCursor_CompoundStmt) return;
  body_walk b = {outer->w, outer->fn, NULL, 0};
  int cap = 0;
  cursor_list items = cursor_children(body);
  for (int i = 0; i < items.n; i++) {
    CXCursor st = items.v[i];
    enum CXCursorKind k = clang_getCursorKind(st);
    if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) {
      for (int j = 0; j < b.nlabels; j++) free(b.labels[j]);
      b.nlabels = 0;
    }
    for (int depth = 0; depth < 256; depth++) { /* case A: case B: default: ... */
      k = clang_getCursorKind(st);
      if (k != CXCursor_CaseStmt && k != CXCursor_DefaultStmt) break;
      cursor_list l = cursor_children(st);
      if (k == CXCursor_CaseStmt && l.n > 0) {
        char *id = identifier_spelling(outer->w->tu, l.v[0]);
        if (id) VEC_PUSH(b.labels, b.nlabels, cap, id);
      }
      st = l.n > 0 ? l.v[l.n - 1] : clang_getNullCursor();
      free(l.v);
      if (clang_Cursor_isNull(st)) break;
    }
    if (!clang_Cursor_isNull(st)) read_statement(&b, st);
  }
  for (int j = 0; j < b.nlabels; j++) free(b.labels[j]);
  free(b.labels);
  free(items.v);
}

static void read_statement(body_walk *b, CXCursor st) {
  if (clang_getCursorKind(st) == CXCursor_SwitchStmt) {
    read_switch(b, st);
    return;
  }
  record_assignment(b, st);
  clang_visitChildren(st, visit_statement, b);
}

/* A file-scope function pointer initialized with a function
 * (`static volatile memset_t memset_func = memset;`): a call through it calls
 * that function. */
static void record_pointer_variable(const walk *w, CXCursor var, const cursor_list *children) {
  if (clang_getCursorKind(clang_getCursorSemanticParent(var)) != CXCursor_TranslationUnit || children->n == 0 ||
      !holds_function_pointer(var))
    return;
  char *fn = function_named(children->v[children->n - 1]);
  if (!fn) return;
  char *key = cx_take(clang_getCursorSpelling(var));
  add_entry(w->r, key, fn);
  free(key);
  free(fn);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (!from_main_file(w, c)) return CXChildVisit_Continue;
  if (k == CXCursor_VarDecl) {
    cursor_list l = cursor_children(c);
    for (int i = 0; i < l.n; i++)
      if (clang_getCursorKind(l.v[i]) == CXCursor_InitListExpr && !cursor_scalar_data(l.v[i]))
        visit_list(w, l.v[i], clang_getCursorType(c), 0);
    record_pointer_variable(w, c, &l);
    free(l.v);
    return CXChildVisit_Continue;
  }
  /* Assignments of functions to pointers, and method tables defined inside
   * functions (OpenSSL's IMPLEMENT_tls_meth_func). */
  if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
    cursor_list l = cursor_children(c);
    body_walk b = {w, c, NULL, 0};
    for (int i = 0; i < l.n; i++)
      if (clang_getCursorKind(l.v[i]) == CXCursor_CompoundStmt) read_statement(&b, l.v[i]);
    free(l.v);
  }
  if (k == CXCursor_FunctionDecl || k == CXCursor_CompoundStmt || k == CXCursor_DeclStmt)
    return CXChildVisit_Recurse;
  return CXChildVisit_Continue;
}

void inits_collect(CXTranslationUnit tu, tu_result *r) {
  CXString name = clang_getTranslationUnitSpelling(tu);
  walk w = {r, tu, clang_getFile(tu, clang_getCString(name))};
  clang_disposeString(name);
  if (w.main) clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &w);
}
