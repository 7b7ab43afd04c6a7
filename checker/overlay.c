#include "overlay.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

const file_overlay *overlay_find(const file_overlay *v, int n, const char *path) {
  if (n == 0) return NULL;
  char buf[PATH_MAX];
  const char *real = realpath(path, buf) ? buf : path;
  for (int i = 0; i < n; i++)
    if (!strcmp(v[i].path, real)) return &v[i];
  return NULL;
}
