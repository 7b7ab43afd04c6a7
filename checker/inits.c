#include "inits.h"

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

static void visit_list(tu_result *r, CXCursor list, CXType type, int depth);

/* One initializer of field `field` of struct `tag`. */
static void visit_value(tu_result *r, const char *tag, CXCursor field, CXCursor value, int depth) {
  if (clang_getCursorKind(value) == CXCursor_InitListExpr) {
    visit_list(r, value, clang_getCursorType(field), depth + 1);
    return;
  }
  char *fn = function_named(value);
  if (!fn) return;
  char *name = cx_take(clang_getCursorSpelling(field));
  char *entry = xasprintf("%s.%s %s", tag, name, fn);
  VEC_PUSH(r->inits, r->ninits, r->inits_cap, entry);
  free(name);
  free(fn);
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

static void visit_list(tu_result *r, CXCursor list, CXType type, int depth) {
  if (depth > 8) return;
  CXType canon = clang_getCanonicalType(type);
  cursor_list items = cursor_children(list);
  if (canon.kind == CXType_ConstantArray || canon.kind == CXType_IncompleteArray) {
    CXType elem = clang_getArrayElementType(canon);
    for (int i = 0; i < items.n; i++)
      if (clang_getCursorKind(items.v[i]) == CXCursor_InitListExpr) visit_list(r, items.v[i], elem, depth + 1);
  } else if (canon.kind == CXType_Record) {
    CXCursor decl = clang_getTypeDeclaration(canon);
    char *tag = clang_Cursor_isAnonymous(decl) ? xstrdup("") : cx_take(clang_getCursorSpelling(decl));
    cursor_list fields = {0};
    clang_Type_visitFields(canon, add_field, &fields);
    int pos = 0; /* the field a positional initializer goes to */
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
      visit_value(r, tag, fields.v[pos], value, depth);
      pos++;
    }
    free(fields.v);
    free(tag);
  }
  free(items.v);
}

typedef struct {
  tu_result *r;
  CXFile main;
} walk;

/* Written in the main file, or by a macro used there (OpenSSL's IMPLEMENT_*_meth_func). */
static bool from_main_file(const walk *w, CXCursor c) {
  CXFile f;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  return f && clang_File_isEqual(f, w->main);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  walk *w = data;
  tu_result *r = w->r;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (!from_main_file(w, c)) return CXChildVisit_Continue;
  if (k == CXCursor_VarDecl) {
    cursor_list l = cursor_children(c);
    for (int i = 0; i < l.n; i++)
      if (clang_getCursorKind(l.v[i]) == CXCursor_InitListExpr) visit_list(r, l.v[i], clang_getCursorType(c), 0);
    free(l.v);
    return CXChildVisit_Continue;
  }
  /* Method tables defined inside functions (OpenSSL's IMPLEMENT_tls_meth_func). */
  if (k == CXCursor_FunctionDecl || k == CXCursor_CompoundStmt || k == CXCursor_DeclStmt)
    return CXChildVisit_Recurse;
  return CXChildVisit_Continue;
}

void inits_collect(CXTranslationUnit tu, tu_result *r) {
  CXString name = clang_getTranslationUnitSpelling(tu);
  walk w = {r, clang_getFile(tu, clang_getCString(name))};
  clang_disposeString(name);
  if (w.main) clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &w);
}
