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
