#include "cursor.h"

#include "util.h"

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  cursor_list *l = data;
  VEC_PUSH(l->v, l->n, l->cap, c);
  return CXChildVisit_Continue;
}

cursor_list cursor_children(CXCursor c) {
  cursor_list l = {0};
  clang_visitChildren(c, collect, &l);
  return l;
}

char *cx_take(CXString s) {
  const char *c = clang_getCString(s);
  char *r = xstrdup(c ? c : "");
  clang_disposeString(s);
  return r;
}

bool cursor_scalar_data(CXCursor c) {
  if (clang_getCursorKind(c) != CXCursor_InitListExpr) return false;
  CXType t = clang_getCanonicalType(clang_getCursorType(c));
  bool array = false;
  while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) {
    array = true;
    t = clang_getCanonicalType(clang_getArrayElementType(t));
  }
  if (!array) return false;
  bool number = (t.kind >= CXType_Bool && t.kind <= CXType_LongDouble) || t.kind == CXType_Enum;
  long long size = clang_Type_getSizeOf(t);
  return number && size > 0 && size < (long long)sizeof(void *);
}
