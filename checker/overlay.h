/* Files analyzed with other content than they have on disk: `--overlay
 * PATH=COPY`, the staged version of a file for the pre-commit hook. The parse
 * (libclang's unsaved files), the cache's key and the inline suppressions all
 * read an overlaid file's content from here. */
#ifndef OSSL_LINT_OVERLAY_H
#define OSSL_LINT_OVERLAY_H

#include <stddef.h>

typedef struct {
  char *path; /* the real path of the file it stands for */
  char *contents;
  size_t len;
} file_overlay;

/* The overlay of `path` (any name of the file), or NULL. */
const file_overlay *overlay_find(const file_overlay *v, int n, const char *path);

#endif
