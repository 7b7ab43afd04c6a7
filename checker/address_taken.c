#include "address_taken.h"

#include "cursor.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *name;
  int refs, calls; /* references to it, and direct calls of it */
  int kept;        /* references whose value stays in the project's own pointers of its type */
} fn_use;

typedef struct {
  fn_use *v;
  int n, cap;
} use_list;

/* Linear: a translation unit's own functions are few; the list is searched from the end. */
static fn_use *use_of(use_list *l, CXCursor fn) {
  char *name = cx_take(clang_getCursorSpelling(fn));
  for (int i = l->n - 1; i >= 0; i--)
    if (!strcmp(l->v[i].name, name)) {
      free(name);
      return &l->v[i];
    }
  fn_use u = {name, 0, 0, 0};
  VEC_PUSH(l->v, l->n, l->cap, u);
  return &l->v[l->n - 1];
}

/* An entry of its own ("@var:...", "@arg:..."), once; takes key. */
static void note_key(use_list *l, char *key) {
  for (int i = l->n - 1; i >= 0; i--)
    if (!strcmp(l->v[i].name, key)) {
      free(key);
      return;
    }
  fn_use u = {key, 1, 0, 0};
  VEC_PUSH(l->v, l->n, l->cap, u);
}

/* A variable of external linkage: named as "@var:NAME", with as many
 * references as needed to be listed. */
static void note_global(use_list *l, CXCursor var) {
  if (clang_getCursorKind(var) != CXCursor_VarDecl || clang_getCursorLinkage(var) != CXLinkage_External ||
      clang_Location_isInSystemHeader(clang_getCursorLocation(var))) /* stdout: the C library's */
    return;
  char *name = cx_take(clang_getCursorSpelling(var));
  char *key = xasprintf(ADDRESS_TAKEN_VAR "%s", name);
  free(name);
  note_key(l, key);
}

/* An element of an initializer list written with a designator (`.read =
 * f`, a DesignatedInitExpr: the field's name, then the value): the value. */
static CXCursor designated_value(CXCursor e) {
  if (clang_getCursorKind(e) != CXCursor_UnexposedExpr) return e;
  cursor_list l = cursor_children(e);
  CXCursor v = l.n >= 2 && clang_getCursorKind(l.v[0]) == CXCursor_MemberRef ? l.v[l.n - 1] : e;
  free(l.v);
  return v;
}

/* Under parentheses, casts, implicit conversions and `&`: the function a child
 * expression names, or a null cursor. */
static CXCursor function_named(CXCursor e) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor ref = clang_getCursorReferenced(e);
      return clang_getCursorKind(ref) == CXCursor_FunctionDecl ? ref : clang_getNullCursor();
    }
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_AddrOf) break;
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_UnaryOperator &&
        k != CXCursor_CStyleCastExpr) /* a cast to another type: kept_in_project() checks the type */
      break;
    cursor_list l = cursor_children(e);
    /* a cast's children: the type's name as written (a TypeRef), then the operand */
    CXCursor next = l.n == 1 || (l.n == 2 && k == CXCursor_CStyleCastExpr) ? l.v[l.n - 1] : clang_getNullCursor();
    free(l.v);
    if (clang_Cursor_isNull(next)) break;
    e = next;
  }
  return clang_getNullCursor();
}

static bool in_system_header(CXCursor c) {
  return !clang_Cursor_isNull(c) && clang_Location_isInSystemHeader(clang_getCursorLocation(c));
}

/* Whether a record's field may be read by code the run does not see, or as
 * another type: a field of a union, or of a record a system header declares
 * (`struct sigaction`'s `sa_handler`, itself in an anonymous union). */
static bool field_escapes(CXCursor field) {
  CXCursor record = clang_getCursorSemanticParent(field);
  return clang_getCursorKind(record) == CXCursor_UnionDecl || in_system_header(record);
}

/* Whether an initializer list's type is a union or a system header's record. */
static bool init_list_escapes(CXCursor list) {
  CXCursor decl = clang_getTypeDeclaration(clang_getCursorType(list));
  return clang_getCursorKind(decl) == CXCursor_UnionDecl || in_system_header(decl);
}

/* Whether e is an element written with designators (`.act.sa_handler = f`,
 * a DesignatedInitExpr: the fields' names, then the value), and whether one
 * of the fields it names on its way escapes (field_escapes). */
static bool designated_fields(CXCursor e, bool *escapes) {
  *escapes = false;
  if (clang_getCursorKind(e) != CXCursor_UnexposedExpr) return false;
  cursor_list l = cursor_children(e);
  bool designated = false;
  for (int i = 0; i < l.n; i++)
    if (clang_getCursorKind(l.v[i]) == CXCursor_MemberRef) {
      designated = true;
      *escapes |= field_escapes(clang_getCursorReferenced(l.v[i]));
    }
  free(l.v);
  return designated;
}

static bool designators_escape(CXCursor e) {
  bool escapes;
  designated_fields(e, &escapes);
  return escapes;
}

/* Whether the place an assignment stores to (`sa.sa_handler`, `u.start`,
 * `t[i].cb`) is, or lies in, a field that escapes (field_escapes). */
static bool place_escapes(CXCursor lhs) {
  for (int depth = 0; depth < 16 && !clang_Cursor_isNull(lhs); depth++) {
    enum CXCursorKind k = clang_getCursorKind(lhs);
    if (k == CXCursor_MemberRefExpr && field_escapes(clang_getCursorReferenced(lhs))) return true;
    if (k != CXCursor_MemberRefExpr && k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
        k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
      return false;
    cursor_list l = cursor_children(lhs);
    lhs = l.n >= 1 ? l.v[0] : clang_getNullCursor();
    free(l.v);
  }
  return false;
}

/* Whether expression e, a child of `parent` (the i-th), has the type of a
 * pointer to fn's own type and goes where the project's code keeps it: an
 * assignment's right side, a variable's initializer, an element of an
 * initializer list of a type not declared in a system header, an argument of
 * a direct call to a function not declared in one, a value returned, an
 * operand of `==` or `!=`. A cast to another type, an argument of a library
 * function (`pthread_create`, `SSL_CTX_set_verify`) or of a call through a
 * pointer, a field of a library's struct: it may be called from code the run
 * does not see. */
static bool kept_in_project(CXCursor parent, int i, CXCursor e, CXCursor fn) {
  CXType want = clang_getCanonicalType(clang_getCursorType(fn));
  CXType t = clang_getCanonicalType(clang_getCursorType(e));
  bool typed = t.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(t)), want);
  switch (clang_getCursorKind(parent)) {
  case CXCursor_BinaryOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(parent);
    if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) return true;
    if (op != CXBinaryOperator_Assign || i != 1 || !typed) return false;
    cursor_list l = cursor_children(parent);
    bool kept = l.n == 2 && !place_escapes(l.v[0]);
    free(l.v);
    return kept;
  }
  case CXCursor_VarDecl:
  case CXCursor_ReturnStmt:
    return typed;
  case CXCursor_InitListExpr:
    return typed && !init_list_escapes(parent);
  case CXCursor_CallExpr: {
    CXCursor callee = clang_getCursorReferenced(parent);
    return i > 0 && typed && clang_getCursorKind(callee) == CXCursor_FunctionDecl && !in_system_header(callee);
  }
  default:
    return false;
  }
}

/* The references to functions among c's children that stay in the project's
 * own pointers of their type (kept_in_project). */
static void count_kept(use_list *l, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_BinaryOperator && k != CXCursor_VarDecl && k != CXCursor_ReturnStmt &&
      k != CXCursor_InitListExpr && k != CXCursor_CallExpr)
    return;
  cursor_list l2 = cursor_children(c);
  for (int i = 0; i < l2.n; i++) {
    CXCursor e = l2.v[i];
    if (!clang_isExpression(clang_getCursorKind(e))) continue;
    if (k == CXCursor_InitListExpr) {
      if (designators_escape(e)) continue;
      e = designated_value(e);
    }
    CXCursor fn = function_named(e);
    if (clang_Cursor_isNull(fn) || (k == CXCursor_CallExpr && i == 0)) continue; /* the callee of a call */
    if (!kept_in_project(c, i, e, fn)) continue;
    use_of(l, fn)->kept++;
    if (k == CXCursor_CallExpr) { /* kept only if the run defines the callee (project.c) */
      char *name = cx_take(clang_getCursorSpelling(fn));
      char *callee = cx_take(clang_getCursorSpelling(clang_getCursorReferenced(c)));
      char *key = xasprintf(ADDRESS_TAKEN_ARG "%s:%s", name, callee);
      free(name);
      free(callee);
      note_key(l, key);
    }
  }
  free(l2.v);
}

/* The function type that a value of type t points to, through pointers and
 * arrays (`void *(*)(void *)`, `cmp_fn[]`, `&fn`), spelled as lower.c spells
 * a function's type, and through how many of them (*levels_out); NULL for
 * any other type. */
static char *pointed_function_type(CXType t, int *levels_out) {
  int levels = 0;
  for (t = clang_getCanonicalType(t); levels < 4; levels++) {
    if (t.kind == CXType_Pointer) t = clang_getPointeeType(t);
    else if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
      t = clang_getArrayElementType(t);
    else break;
    t = clang_getCanonicalType(t);
  }
  if (levels == 0 || (t.kind != CXType_FunctionProto && t.kind != CXType_FunctionNoProto)) return NULL;
  *levels_out = levels;
  return cx_take(clang_getTypeSpelling(t));
}

/* Whether e is an argument (not the callee) of `call`. */
static bool is_argument(CXCursor call, CXCursor e) {
  int n = clang_Cursor_getNumArguments(call);
  for (int i = 0; i < n; i++)
    if (clang_equalCursors(clang_Cursor_getArgument(call, (unsigned)i), e)) return true;
  return false;
}

/* Whether e is the right side of assignment `op`, stored to a place that escapes. */
static bool stored_where_escapes(CXCursor op, CXCursor e) {
  if (clang_getCursorBinaryOperatorKind(op) != CXBinaryOperator_Assign) return false;
  cursor_list l = cursor_children(op);
  bool escapes = l.n == 2 && clang_equalCursors(l.v[1], e) && place_escapes(l.v[0]);
  free(l.v);
  return escapes;
}

/* A value e that points to functions of one type (pointed_function_type),
 * where `parent` may hand it to code the run does not see or turn it into
 * another type: then any function of that type whose address is taken may be
 * called from there ("@typeesc:TYPE"). Forwarded to a function the run may
 * define: "@typearg:CALLEE:TYPE". The places: an argument of a library
 * function or of a call through a pointer (`pthread_create(t, NULL, fn, c)`,
 * `qsort(v, n, 8, cmps[i])`), a conversion to another type (`(void *)keep`,
 * `memcpy(raw, &fn, ...)`), a store to a union's or a system header's field
 * (`u.start = fn`, `sa.sa_handler = fn`), an element of such an initializer. */
static void note_type_escape(use_list *l, CXCursor e, CXCursor parent) {
  if (!clang_isExpression(clang_getCursorKind(e))) return;
  int levels, to_levels = 0;
  char *type = pointed_function_type(clang_getCursorType(e), &levels);
  if (!type) return;
  char *key = NULL;
  bool escapes;
  switch (clang_getCursorKind(parent)) {
  case CXCursor_CallExpr: {
    if (!is_argument(parent, e)) break;
    CXCursor callee = clang_getCursorReferenced(parent);
    if (clang_getCursorKind(callee) == CXCursor_FunctionDecl && !in_system_header(callee)) {
      char *name = cx_take(clang_getCursorSpelling(callee));
      key = xasprintf(ADDRESS_TAKEN_TYPE_ARG "%s:%s", name, type);
      free(name);
    } else {
      key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    }
    break;
  }
  case CXCursor_UnexposedExpr: /* a designated element (`.act.sa_handler = fn`), or an implicit conversion */
    if (designated_fields(parent, &escapes)) {
      if (escapes) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
      break;
    }
    /* fall through */
  case CXCursor_CStyleCastExpr: { /* to another type; not an array's decay, not a qualifier */
    char *to = pointed_function_type(clang_getCursorType(parent), &to_levels);
    if (!to || strcmp(to, type) || to_levels != levels) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    free(to);
    break;
  }
  case CXCursor_BinaryOperator:
    if (stored_where_escapes(parent, e)) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    break;
  case CXCursor_InitListExpr:
    if (init_list_escapes(parent)) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    break;
  default:
    break;
  }
  free(type);
  if (key) note_key(l, key);
}

static enum CXChildVisitResult count_uses(CXCursor c, CXCursor parent, CXClientData data) {
  use_list *l = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  count_kept(l, c);
  note_type_escape(l, c, parent);
  if (k == CXCursor_DeclRefExpr) note_global(l, clang_getCursorReferenced(c));
  if (k == CXCursor_DeclRefExpr || k == CXCursor_CallExpr) {
    CXCursor ref = clang_getCursorReferenced(c);
    if (clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
      fn_use *u = use_of(l, ref);
      if (k == CXCursor_CallExpr) u->calls++;
      else u->refs++;
    }
  }
  return CXChildVisit_Recurse;
}

typedef struct {
  use_list uses;
  bool (*keep)(CXCursor, void *);
  void *data;
} walk;

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_FunctionDecl && k != CXCursor_VarDecl) return CXChildVisit_Continue;
  if (!w->keep(c, w->data)) return CXChildVisit_Continue;
  if (k == CXCursor_VarDecl && clang_isCursorDefinition(c)) note_global(&w->uses, c); /* not an `extern` declaration */
  if (k == CXCursor_VarDecl) count_kept(&w->uses, c);
  clang_visitChildren(c, count_uses, &w->uses);
  return CXChildVisit_Continue;
}

char **address_taken_collect(CXTranslationUnit tu, bool (*keep)(CXCursor top, void *data), void *data, int *n) {
  walk w = {.keep = keep, .data = data};
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &w);
  char **names = xmalloc(((size_t)w.uses.n * 2 + 1) * sizeof *names);
  *n = 0;
  for (int i = 0; i < w.uses.n; i++) {
    /* A direct call is a CallExpr and, under it, a DeclRefExpr of the callee:
     * more references than calls means it was also used as a value. */
    fn_use *u = &w.uses.v[i];
    if (u->refs > u->calls + u->kept && u->name[0] != '@')
      names[(*n)++] = xasprintf(ADDRESS_TAKEN_ESCAPES "%s", u->name);
    if (u->refs > u->calls) names[(*n)++] = u->name;
    else free(u->name);
  }
  free(w.uses.v);
  qsort(names, (size_t)*n, sizeof *names, cmp_strp);
  return names;
}
