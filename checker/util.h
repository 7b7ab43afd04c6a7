/* Small helpers shared by every module: checked allocation and growable arrays. */
#ifndef OSSL_LINT_UTIL_H
#define OSSL_LINT_UTIL_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* qsort/bsearch comparator of two `char *` (an array of names). */
int cmp_strp(const void *a, const void *b);
/* The index of the first of the n sorted strings v not below key (n if none):
 * with key a prefix, the first entry that may start with it. */
int sorted_lower_bound(char *const *v, int n, const char *key);

/* Append one element to a growable array described by (ptr, len, cap). */
#define VEC_PUSH(ptr, len, cap, value)                                         \
  do {                                                                         \
    if ((len) == (cap)) {                                                      \
      (cap) = (cap) ? (cap) * 2 : 8;                                           \
      (ptr) = xrealloc((ptr), (size_t)(cap) * sizeof *(ptr));                  \
    }                                                                          \
    (ptr)[(len)++] = (value);                                                  \
  } while (0)

/* A growable string buffer. */
typedef struct {
  char *data;
  size_t len, cap;
} strbuf;

void sb_append(strbuf *sb, const char *s);
void sb_appendf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_take(strbuf *sb); /* returns the string (never NULL) and resets sb */

/* A whole text file (up to a NUL byte), or NULL when it cannot be read. */
char *read_text_file(const char *path);

#endif
