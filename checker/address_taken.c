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

/* Under parentheses, implicit conversions and `&`: the function a child
 * expression names, or a null cursor. */
static CXCursor function_named(CXCursor e) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor ref = clang_getCursorReferenced(e);
      return clang_getCursorKind(ref) == CXCursor_FunctionDecl ? ref : clang_getNullCursor();
    }
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_AddrOf) break;
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_UnaryOperator) break;
    cursor_list l = cursor_children(e);
    CXCursor next = l.n == 1 ? l.v[0] : clang_getNullCursor();
    free(l.v);
    if (clang_Cursor_isNull(next)) break;
    e = next;
  }
  return clang_getNullCursor();
}

static bool in_system_header(CXCursor c) {
  return !clang_Cursor_isNull(c) && clang_Location_isInSystemHeader(clang_getCursorLocation(c));
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
    return op == CXBinaryOperator_Assign && i == 1 && typed;
  }
  case CXCursor_VarDecl:
  case CXCursor_ReturnStmt:
    return typed;
  case CXCursor_InitListExpr:
    return typed && !in_system_header(clang_getTypeDeclaration(clang_getCursorType(parent)));
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
    if (k == CXCursor_InitListExpr) e = designated_value(e);
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

static enum CXChildVisitResult count_uses(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  use_list *l = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  count_kept(l, c);
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
