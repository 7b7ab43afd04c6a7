#include "address_taken.h"

#include "cursor.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  char *name;
  int refs, calls; /* references to it, and direct calls of it */
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
  fn_use u = {name, 0, 0};
  VEC_PUSH(l->v, l->n, l->cap, u);
  return &l->v[l->n - 1];
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
  for (int i = l->n - 1; i >= 0; i--)
    if (!strcmp(l->v[i].name, key)) {
      free(key);
      return;
    }
  fn_use u = {key, 1, 0};
  VEC_PUSH(l->v, l->n, l->cap, u);
}

static enum CXChildVisitResult count_uses(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  use_list *l = data;
  enum CXCursorKind k = clang_getCursorKind(c);
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
  clang_visitChildren(c, count_uses, &w->uses);
  return CXChildVisit_Continue;
}

char **address_taken_collect(CXTranslationUnit tu, bool (*keep)(CXCursor top, void *data), void *data, int *n) {
  walk w = {.keep = keep, .data = data};
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &w);
  char **names = xmalloc(((size_t)w.uses.n + 1) * sizeof *names);
  *n = 0;
  for (int i = 0; i < w.uses.n; i++) {
    /* A direct call is a CallExpr and, under it, a DeclRefExpr of the callee:
     * more references than calls means it was also used as a value. */
    if (w.uses.v[i].refs > w.uses.v[i].calls) names[(*n)++] = w.uses.v[i].name;
    else free(w.uses.v[i].name);
  }
  free(w.uses.v);
  qsort(names, (size_t)*n, sizeof *names, cmp_strp);
  return names;
}
