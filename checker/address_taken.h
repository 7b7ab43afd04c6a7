/* The functions whose address a translation unit takes (`.read = my_read`,
 * `cb = on_data`, `qsort(..., cmp)`): they may be called from anywhere, so the
 * top-down analysis takes them as entry points whose callers are unknown. */
#ifndef OSSL_LINT_ADDRESS_TAKEN_H
#define OSSL_LINT_ADDRESS_TAKEN_H

#include <clang-c/Index.h>
#include <stdbool.h>

/* Names of the functions referred to other than as the callee of a direct
 * call, in the declarations that `keep` accepts (the main file and project
 * headers), and "@var:NAME" for each variable of external linkage they
 * define or use, not the system headers' (`stdout`) (units that share one
 * are parts of one program:
 * project_partition). Sorted, unique; *n: how many; the caller frees each
 * and the array. */
#define ADDRESS_TAKEN_VAR "@var:"
char **address_taken_collect(CXTranslationUnit tu, bool (*keep)(CXCursor top, void *data), void *data, int *n);

#endif
