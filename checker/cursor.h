/* Small helpers over libclang cursors shared by the CFG builder, the lowering
 * and the front end. */
#ifndef OSSL_LINT_CURSOR_H
#define OSSL_LINT_CURSOR_H

#include <clang-c/Index.h>

/* The direct children of a cursor, in order (v is heap-allocated: free it). */
typedef struct {
  CXCursor *v;
  int n, cap;
} cursor_list;

cursor_list cursor_children(CXCursor c);

/* A libclang string as a heap copy (never NULL); the CXString is disposed. */
char *cx_take(CXString s);

#endif
