/* Prints the CFG dump of every function in a C snippet read from stdin:
 * a helper for writing the expectations of test_cfg.c. */
#include "cfg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  (void)data;
  if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
    cfg *g = cfg_build(c);
    char *d = cfg_dump(g);
    CXString s = clang_getCursorSpelling(c);
    printf("%s:\n%s", clang_getCString(s), d);
    clang_disposeString(s);
    free(d);
    cfg_free(g);
  }
  return CXChildVisit_Continue;
}

int main(void) {
  static char src[1 << 20];
  size_t n = fread(src, 1, sizeof src - 1, stdin);
  src[n] = '\0';
  CXIndex idx = clang_createIndex(0, 0);
  struct CXUnsavedFile f = {"t.c", src, (unsigned long)n};
  const char *args[] = {"-std=c11"};
  CXTranslationUnit tu = clang_parseTranslationUnit(idx, "t.c", args, 1, &f, 1, CXTranslationUnit_KeepGoing);
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, NULL);
  clang_disposeTranslationUnit(tu);
  clang_disposeIndex(idx);
  return 0;
}
