/* Small helpers over libclang cursors shared by the CFG builder, the lowering
 * and the front end. */
#ifndef OSSL_LINT_CURSOR_H
#define OSSL_LINT_CURSOR_H

#include <clang-c/Index.h>
#include <stdbool.h>

/* The direct children of a cursor, in order (v is heap-allocated: free it). */
typedef struct {
  CXCursor *v;
  int n, cap;
} cursor_list;

cursor_list cursor_children(CXCursor c);

/* Whether c is an initializer list of an array (of arrays) of numbers
 * narrower than a pointer (`unsigned char data[] = {0x1f, 0x8b, ...}`): no
 * element can hold a function's address or an OpenSSL object, so the walks
 * that look for those skip it (a 42 MB table in php-src's libmagic). */
bool cursor_scalar_data(CXCursor c);

/* A libclang string as a heap copy (never NULL); the CXString is disposed. */
char *cx_take(CXString s);

#endif
