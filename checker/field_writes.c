#include "field_writes.h"

#include "cfg.h"
#include "cursor.h"
#include "lower.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *openssl_dir;
  char *const *byte_writers;
  size_t nbyte_writers;
  CXCursor fn; /* the function whose body is read; a null cursor at file scope */
  /* The unknown values being recorded come from a copy of a whole struct of
   * the same type (`*a = *b`, memcpy(a, b, sizeof *a)): function pointer
   * fields keep the values stored in them by name, so get none. */
  bool typed_copy;
  char **v;
  int n, cap;
} walk;

static CXCursor strip_casts(CXCursor e) { return cfg_strip_casts(e, NULL); }

/* A field whose type is a pointer to a type an OpenSSL header declares. */
static bool holds_openssl_object(const char *openssl_dir, CXCursor field) {
  CXType t = clang_getCanonicalType(clang_getCursorType(field));
  if (t.kind != CXType_Pointer) return false;
  CXType pointee = clang_getCanonicalType(clang_getPointeeType(t));
  if (pointee.kind != CXType_Record) return false;
  CXFile file;
  clang_getSpellingLocation(clang_getCursorLocation(clang_getTypeDeclaration(pointee)), &file, NULL, NULL, NULL);
  if (!file) return false;
  char *path = cx_take(clang_getFileName(file));
  bool found = lower_is_openssl_header(openssl_dir, path);
  free(path);
  return found;
}

/* "TAG.FIELD" of a field of a named struct; NULL for a union's member (its
 * other members write the same storage) or an anonymous struct's. */
static char *key_of_field(CXCursor field) {
  CXCursor rec = clang_getCursorSemanticParent(field);
  if (clang_getCursorKind(rec) != CXCursor_StructDecl || clang_Cursor_isAnonymous(rec)) return NULL;
  char *tag = cx_take(clang_getCursorSpelling(rec)), *name = cx_take(clang_getCursorSpelling(field));
  char *key = *tag && *name ? xasprintf("%s.%s", tag, name) : NULL;
  free(tag);
  free(name);
  return key;
}

/* A field whose type is a pointer to a function. */
static bool holds_function(CXCursor field) {
  CXType t = clang_getCanonicalType(clang_getCursorType(field));
  if (t.kind != CXType_Pointer) return false;
  CXType pointee = clang_getCanonicalType(clang_getPointeeType(t));
  return pointee.kind == CXType_FunctionProto || pointee.kind == CXType_FunctionNoProto;
}

/* "TAG.FIELD" of a function pointer field of a struct the project declares
 * (not one of a system or OpenSSL header, which the library may fill), its
 * TAG the struct's tag or, for an anonymous struct, the typedef that names it
 * (`typedef struct { void (*late)(CLI *); } MODE;`: "MODE.late"). NULL for a
 * union's member or a struct with neither name. */
static char *function_key_of_field(CXCursor field, const char *openssl_dir) {
  CXCursor rec = clang_getCursorSemanticParent(field);
  if (clang_getCursorKind(rec) != CXCursor_StructDecl) return NULL;
  CXSourceLocation at = clang_getCursorLocation(rec);
  if (clang_Location_isInSystemHeader(at)) return NULL;
  CXFile file;
  clang_getSpellingLocation(at, &file, NULL, NULL, NULL);
  if (!file) return NULL;
  char *path = cx_take(clang_getFileName(file));
  bool library = lower_is_openssl_header(openssl_dir, path);
  free(path);
  if (library) return NULL;
  if (!clang_Cursor_isAnonymous(rec)) return key_of_field(field);
  char *tag = cx_take(clang_getTypeSpelling(clang_getCursorType(rec)));
  char *name = cx_take(clang_getCursorSpelling(field));
  /* an anonymous struct no typedef names spells as `struct (unnamed at ...)` */
  bool named = *tag && *name && !strchr(tag, ' ') && !strchr(tag, '(');
  char *key = named ? xasprintf("%s.%s", tag, name) : NULL;
  free(tag);
  free(name);
  return key;
}

char *field_function_key_of(CXCursor e, const char *openssl_dir) {
  e = strip_casts(e);
  if (clang_getCursorKind(e) != CXCursor_MemberRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(e);
  return clang_getCursorKind(d) == CXCursor_FieldDecl && holds_function(d) ? function_key_of_field(d, openssl_dir)
                                                                            : NULL;
}

char *field_key_of(CXCursor e, const char *openssl_dir) {
  e = strip_casts(e);
  if (clang_getCursorKind(e) != CXCursor_MemberRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(e);
  return clang_getCursorKind(d) == CXCursor_FieldDecl && holds_openssl_object(openssl_dir, d) ? key_of_field(d)
                                                                                              : NULL;
}

char *static_variable_key_of(CXCursor e, const char *openssl_dir) {
  e = strip_casts(e);
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(e);
  if (clang_getCursorKind(d) != CXCursor_VarDecl || !clang_Cursor_hasVarDeclGlobalStorage(d) ||
      !holds_openssl_object(openssl_dir, d))
    return NULL;
  char *name = cx_take(clang_getCursorSpelling(d));
  char *key = *name ? xasprintf("::%s", name) : NULL;
  free(name);
  return key;
}

char *object_key_of(CXCursor e, const char *openssl_dir) {
  char *key = field_key_of(e, openssl_dir);
  return key ? key : static_variable_key_of(e, openssl_dir);
}

static void add(walk *w, CXCursor field, const char *source) {
  char *key = NULL;
  if (holds_openssl_object(w->openssl_dir, field)) key = key_of_field(field);
  else if (holds_function(field) && !w->typed_copy) key = function_key_of_field(field, w->openssl_dir);
  if (!key) return;
  char *entry = xasprintf("%s %s", key, source);
  free(key);
  VEC_PUSH(w->v, w->n, w->cap, entry);
}

/* The function a call expression calls, by name, or NULL. */
static char *callee_name(CXCursor call) {
  CXCursor d = clang_getCursorReferenced(call);
  return clang_getCursorKind(d) == CXCursor_FunctionDecl ? cx_take(clang_getCursorSpelling(d)) : NULL;
}

static char *parameter_source(const walk *w, CXCursor param);

/* What storing `value` stores (see field_writes.h), but for a local
 * variable; the caller frees it. */
static char *source_of(const walk *w, CXCursor value) {
  long long k;
  if (cfg_int_literal(value, &k)) return xstrdup(k == 0 ? "0" : "?");
  CXCursor s = strip_casts(value);
  if (clang_getCursorKind(s) == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_AddrOf) {
    cursor_list l = cursor_children(s);
    CXCursor operand = l.n == 1 ? strip_casts(l.v[0]) : clang_getNullCursor();
    free(l.v);
    if (clang_Cursor_isNull(operand) || clang_getCursorKind(operand) != CXCursor_DeclRefExpr) return xstrdup("?");
    s = operand;
  }
  if (clang_getCursorKind(s) == CXCursor_DeclRefExpr) { /* `my_read`, `&my_read` */
    CXCursor d = clang_getCursorReferenced(s);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl) return parameter_source(w, d);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl) return xstrdup("?");
    char *name = cx_take(clang_getCursorSpelling(d));
    char *src = xasprintf("&%s", name);
    free(name);
    return src;
  }
  if (clang_getCursorKind(s) == CXCursor_MemberRefExpr) { /* another function pointer field's value */
    char *key = field_function_key_of(s, w->openssl_dir);
    char *src = key ? xasprintf("=%s", key) : xstrdup("?");
    free(key);
    return src;
  }
  if (clang_getCursorKind(s) != CXCursor_CallExpr) return xstrdup("?");
  char *name = callee_name(s);
  if (!name) return xstrdup("?");
  char *inner = NULL; /* the first argument that is a call: BIO_new_ex(NULL, BIO_f_ssl()) */
  int n = clang_Cursor_getNumArguments(s);
  for (int i = 0; i < n && !inner; i++) {
    CXCursor a = strip_casts(clang_Cursor_getArgument(s, (unsigned)i));
    if (clang_getCursorKind(a) == CXCursor_CallExpr) inner = callee_name(a);
  }
  char *src = xasprintf("%s(%s)", name, inner ? inner : "");
  free(name);
  free(inner);
  return src;
}

/* The local variable (not static) of the function being read that e is, or a null cursor. */
static CXCursor local_variable(const walk *w, CXCursor e) {
  e = strip_casts(e);
  if (clang_Cursor_isNull(w->fn) || clang_getCursorKind(e) != CXCursor_DeclRefExpr) return clang_getNullCursor();
  CXCursor d = clang_getCursorReferenced(e);
  return clang_getCursorKind(d) == CXCursor_VarDecl && !clang_Cursor_hasVarDeclGlobalStorage(d)
             ? d
             : clang_getNullCursor();
}

typedef struct {
  const walk *w;
  CXCursor var;
  char **v; /* the sources of its values */
  int n, cap;
  /* only whether it is written: every source "?" (parameter_source(), where
   * reading a source that is a parameter would ask again, without end, of
   * two parameters assigned from each other, or of `p = p;`) */
  bool written_only;
} var_defs;

static void add_def(var_defs *d, char *src) { VEC_PUSH(d->v, d->n, d->cap, src); }

static bool names_var(CXCursor e, CXCursor var) {
  e = strip_casts(e);
  return clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), var);
}

static enum CXChildVisitResult visit_def(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  var_defs *d = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  bool assign = k == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign;
  bool other = k == CXCursor_CompoundAssignOperator ||
               (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf);
  if (assign || other) {
    cursor_list l = cursor_children(c);
    if (l.n >= 1 && names_var(l.v[0], d->var))
      add_def(d, assign && l.n == 2 && !d->written_only ? source_of(d->w, l.v[1]) : xstrdup("?"));
    free(l.v);
  } else if (k == CXCursor_VarDecl && clang_equalCursors(c, d->var)) {
    cursor_list l = cursor_children(c);
    CXCursor init = l.n > 0 ? l.v[l.n - 1] : clang_getNullCursor();
    if (!clang_Cursor_isNull(init) && clang_isExpression(clang_getCursorKind(init)))
      add_def(d, d->written_only ? xstrdup("?") : source_of(d->w, init));
    free(l.v);
  }
  return CXChildVisit_Recurse;
}

/* A parameter of the function being read, stored as it came in: "^FUNC:N"
 * (its index N among FUNC's parameters), whose values are what the calls of
 * FUNC pass there; "?" where the function assigns it or gives its address. */
static char *parameter_source(const walk *w, CXCursor param) {
  if (clang_Cursor_isNull(w->fn)) return xstrdup("?");
  var_defs d = {.w = w, .var = param, .written_only = true};
  clang_visitChildren(w->fn, visit_def, &d);
  bool written = d.n > 0;
  for (int i = 0; i < d.n; i++) free(d.v[i]);
  free(d.v);
  int index = -1, n = clang_Cursor_getNumArguments(w->fn);
  for (int i = 0; i < n && index < 0; i++)
    if (clang_equalCursors(clang_Cursor_getArgument(w->fn, (unsigned)i), param)) index = i;
  if (written || index < 0) return xstrdup("?");
  char *name = cx_take(clang_getCursorSpelling(w->fn));
  char *src = xasprintf("^%s:%d", name, index);
  free(name);
  return src;
}

/* Store `value` in `field`: one entry per kind of value, a local variable's
 * every value (its initializer and assignments in the function; `&v` or
 * `v += n` given: unknown). */
static void store(walk *w, CXCursor field, CXCursor value) {
  CXCursor var = local_variable(w, value);
  if (clang_Cursor_isNull(var)) {
    char *src = source_of(w, value);
    add(w, field, src);
    free(src);
    return;
  }
  var_defs d = {.w = w, .var = var};
  clang_visitChildren(w->fn, visit_def, &d);
  if (!d.n) add(w, field, "?");
  for (int i = 0; i < d.n; i++) {
    add(w, field, d.v[i]);
    free(d.v[i]);
  }
  free(d.v);
}

/* `lhs = value` (value NULL: an unknown store, `&lhs` given away, `lhs += n`). */
static void record_store(walk *w, CXCursor lhs, const CXCursor *value) {
  lhs = strip_casts(lhs);
  if (clang_getCursorKind(lhs) != CXCursor_MemberRefExpr) return;
  CXCursor field = clang_getCursorReferenced(lhs);
  if (clang_getCursorKind(field) != CXCursor_FieldDecl) return;
  if (value) store(w, field, *value);
  else add(w, field, "?");
}

static enum CXVisitorResult add_field(CXCursor c, CXClientData data) {
  cursor_list *l = data;
  VEC_PUSH(l->v, l->n, l->cap, c);
  return CXVisit_Continue;
}

/* A struct's fields as positional initializers fill them: not an unnamed
 * bit-field (`int : 8`), which they skip. */
static cursor_list positional_fields(CXType record) {
  cursor_list all = {0}, named = {0};
  clang_Type_visitFields(record, add_field, &all);
  for (int i = 0; i < all.n; i++) {
    char *name = cx_take(clang_getCursorSpelling(all.v[i]));
    if (*name || !clang_Cursor_isBitField(all.v[i])) VEC_PUSH(named.v, named.n, named.cap, all.v[i]);
    free(name);
  }
  free(all.v);
  return named;
}

/* Every field holding an OpenSSL object in a value of type t (a struct, an
 * array of them, and the structs inside) is given something unknown. */
static void all_unknown(walk *w, CXType t, int depth) {
  t = clang_getCanonicalType(t);
  while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
    t = clang_getCanonicalType(clang_getArrayElementType(t));
  if (t.kind != CXType_Record || depth > 8) return;
  cursor_list fields = {0};
  clang_Type_visitFields(t, add_field, &fields);
  for (int i = 0; i < fields.n; i++) {
    add(w, fields.v[i], "?");
    all_unknown(w, clang_getCursorType(fields.v[i]), depth + 1);
  }
  free(fields.v);
}

/* A whole struct (or an element of a struct type) stored from `value`: its
 * fields' values are what the run stored in the same fields of a local
 * variable or a compound literal (recorded where they are); from anything
 * else (a parameter, `*other`, a call's result) they are unknown. */
static void store_whole(walk *w, CXType t, CXCursor value) {
  CXCursor s = strip_casts(value);
  if (!clang_Cursor_isNull(local_variable(w, s)) || clang_getCursorKind(s) == CXCursor_CompoundLiteralExpr) return;
  w->typed_copy = true; /* a struct of the same type: function pointers as stored in it */
  all_unknown(w, t, 0);
  w->typed_copy = false;
}

static bool is_aggregate(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Record || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
}

static bool same_type(CXType a, CXType b) {
  return clang_equalTypes(clang_getCanonicalType(a), clang_getCanonicalType(b));
}

/* The values of a struct's initializer list, positional or designated
 * (`.wbio = b`), that go to fields holding OpenSSL objects. A nested list is
 * read when the walk reaches it, with its own type. Where an item cannot be
 * matched to its field with certainty (braces left out around a nested
 * struct or an array's element, `.a.b = x`, `[1].bio = x`), every such field
 * of the list's type is unknown. */
static void record_init_list(walk *w, CXCursor list) {
  CXType canon = clang_getCanonicalType(clang_getCursorType(list));
  cursor_list items = cursor_children(list);
  if (canon.kind == CXType_ConstantArray || canon.kind == CXType_IncompleteArray) {
    CXType elem = clang_getArrayElementType(canon);
    for (int i = 0; i < items.n; i++)
      if (is_aggregate(elem) && clang_getCursorKind(items.v[i]) != CXCursor_InitListExpr) {
        if (same_type(clang_getCursorType(items.v[i]), elem)) {
          store_whole(w, elem, items.v[i]);
          continue;
        }
        all_unknown(w, canon, 0);
        break;
      }
    free(items.v);
    return;
  }
  if (canon.kind != CXType_Record) {
    free(items.v);
    return;
  }
  cursor_list fields = positional_fields(canon);
  int pos = 0; /* the field a positional initializer goes to */
  for (int i = 0; i < items.n; i++) {
    CXCursor value = items.v[i];
    cursor_list parts = cursor_children(value);
    bool designated = clang_getCursorKind(value) == CXCursor_UnexposedExpr && parts.n >= 1 &&
                      clang_getCursorKind(parts.v[0]) == CXCursor_MemberRef;
    if (designated && parts.n == 2) { /* `.field = value` */
      CXCursor named = clang_getCursorReferenced(parts.v[0]);
      pos = -1;
      for (int j = 0; j < fields.n && pos < 0; j++)
        if (clang_equalCursors(fields.v[j], named)) pos = j;
      value = parts.v[1];
    } else if (designated) { /* `.a.b = value`: not matched */
      pos = -1;
    }
    free(parts.v);
    if (pos < 0 || pos >= fields.n) {
      all_unknown(w, canon, 0);
      break;
    }
    CXType ft = clang_getCursorType(fields.v[pos]);
    if (clang_getCursorKind(value) != CXCursor_InitListExpr && is_aggregate(ft)) {
      if (!same_type(clang_getCursorType(value), ft)) { /* braces left out: the items shift */
        all_unknown(w, canon, 0);
        break;
      }
      store_whole(w, ft, value);
    } else if (clang_getCursorKind(value) != CXCursor_InitListExpr) {
      store(w, fields.v[pos], value);
    }
    pos++;
  }
  free(items.v);
  free(fields.v);
}

/* A call of `byte_writers` (memcpy(p, q, n), read(fd, p, n)) given a
 * pointer to a struct (or to an array of them) copies bytes there: its
 * fields holding OpenSSL objects are unknown. */
static void record_untyped_writes(walk *w, CXCursor call) {
  CXCursor fn = clang_getCursorReferenced(call);
  if (clang_getCursorKind(fn) != CXCursor_FunctionDecl) return;
  char *name = cx_take(clang_getCursorSpelling(fn));
  bool writes = false;
  for (size_t i = 0; i < w->nbyte_writers && !writes; i++) writes = !strcmp(w->byte_writers[i], name);
  free(name);
  if (!writes) return;
  int nargs = clang_Cursor_getNumArguments(call);
  for (int i = 0; i < nargs; i++) {
    CXCursor a = cfg_strip(clang_Cursor_getArgument(call, (unsigned)i));
    CXType at = clang_getCanonicalType(clang_getCursorType(a));
    if (at.kind != CXType_Pointer || !is_aggregate(clang_getPointeeType(at))) continue;
    /* memcpy(a, b, sizeof *a) from a struct of the same type (the argument
     * as written, before its conversion to `void *`) */
    for (int j = 0; j < nargs && !w->typed_copy; j++) {
      CXType bt = clang_getCanonicalType(clang_getCursorType(cfg_strip(clang_Cursor_getArgument(call, (unsigned)j))));
      w->typed_copy = j != i && bt.kind == CXType_Pointer && same_type(clang_getPointeeType(bt), clang_getPointeeType(at));
    }
    all_unknown(w, clang_getPointeeType(at), 0);
    w->typed_copy = false;
  }
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
    cursor_list l = cursor_children(c);
    if (l.n == 2 && is_aggregate(clang_getCursorType(l.v[0]))) store_whole(w, clang_getCursorType(l.v[0]), l.v[1]);
    else if (l.n == 2) record_store(w, l.v[0], &l.v[1]);
    free(l.v);
  } else if (k == CXCursor_VarDecl && is_aggregate(clang_getCursorType(c))) { /* `struct conn c = *other;` */
    cursor_list l = cursor_children(c);
    CXCursor init = l.n > 0 ? l.v[l.n - 1] : clang_getNullCursor();
    if (!clang_Cursor_isNull(init) && clang_isExpression(clang_getCursorKind(init)) &&
        clang_getCursorKind(init) != CXCursor_InitListExpr)
      store_whole(w, clang_getCursorType(c), init);
    free(l.v);
  } else if (k == CXCursor_CompoundAssignOperator ||
             (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf)) {
    cursor_list l = cursor_children(c);
    if (l.n >= 1) record_store(w, l.v[0], NULL);
    free(l.v);
  } else if (k == CXCursor_InitListExpr) {
    if (cursor_scalar_data(c)) return CXChildVisit_Continue;
    record_init_list(w, c);
  } else if (k == CXCursor_CallExpr) {
    record_untyped_writes(w, c);
  } else if (k == CXCursor_FieldDecl &&
             clang_getCursorKind(clang_getCursorSemanticParent(c)) == CXCursor_UnionDecl) {
    all_unknown(w, clang_getCursorType(c), 0); /* a struct in a union: another member may write it */
  }
  return CXChildVisit_Recurse;
}

typedef struct {
  walk *w;
  bool (*keep)(CXCursor, void *);
  void *data;
} top_walk;

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  top_walk *t = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if ((k != CXCursor_FunctionDecl && k != CXCursor_VarDecl && k != CXCursor_StructDecl && k != CXCursor_UnionDecl &&
       k != CXCursor_TypedefDecl) ||
      !t->keep(c, t->data))
    return CXChildVisit_Continue;
  t->w->fn = k == CXCursor_FunctionDecl ? c : clang_getNullCursor();
  clang_visitChildren(c, visit, t->w);
  return CXChildVisit_Continue;
}

char **field_writes_collect(CXTranslationUnit tu, const char *openssl_dir, char *const *byte_writers, size_t nwriters,
                            bool (*keep)(CXCursor top, void *data), void *data, int *n) {
  walk w = {.openssl_dir = openssl_dir, .byte_writers = byte_writers, .nbyte_writers = nwriters};
  top_walk t = {&w, keep, data};
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &t);
  if (w.n > 1) qsort(w.v, (size_t)w.n, sizeof *w.v, cmp_strp);
  int kept = 0;
  for (int i = 0; i < w.n; i++)
    if (kept > 0 && !strcmp(w.v[kept - 1], w.v[i])) free(w.v[i]);
    else w.v[kept++] = w.v[i];
  char **out = xrealloc(w.v, ((size_t)kept + 1) * sizeof *out);
  *n = kept;
  return out;
}
