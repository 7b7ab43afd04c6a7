#ifndef STUB_XALLOC_H
#define STUB_XALLOC_H
#include <stddef.h>
void *xmalloc (size_t);
void *xzalloc (size_t);
void *xcalloc (size_t, size_t);
void *xrealloc (void *, size_t);
char *xstrdup (const char *);
void *xmemdup (const void *, size_t);
char *xstrndup (const char *, size_t);
void xalloc_die (void);
#endif
