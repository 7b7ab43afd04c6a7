#include "null_fields.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

bool null_fields_only_null(char *const *writes, int nwrites, const char *key) {
  char *prefix = xasprintf("%s ", key); /* "KEY SOURCE" entries */
  size_t len = strlen(prefix);
  bool any = false, only_null = true;
  for (int i = sorted_lower_bound(writes, nwrites, prefix);
       i < nwrites && only_null && !strncmp(writes[i], prefix, len); i++) {
    only_null = !strcmp(writes[i] + len, "0");
    any = true;
  }
  free(prefix);
  return any && only_null;
}

/* The variable block b branches on as a whole value (a truth test, or a
 * comparison with a constant), or -1. */
static int tested_var(const ir_block *b) {
  if (b->cmp_op != CMP_NONE && b->cmp_var >= 0 && b->cmp_call < 0) return b->cmp_var;
  if (b->cmp_op == CMP_NONE && b->cond_var >= 0 && b->cond_call < 0) return b->cond_var;
  return -1;
}

int null_fields_prune(ir_function **fns, int nfns, char *const *writes, int nwrites) {
  int removed = 0;
  for (int i = 0; i < nfns; i++) {
    ir_function *f = fns[i];
    for (int bi = 0; bi < f->nblocks; bi++) {
      ir_block *b = &f->blocks[bi];
      int v = b->nsucc == 2 ? tested_var(b) : -1;
      if (v < 0 || v >= f->nvars || !f->vars[v].field || !f->vars[v].pointer ||
          !null_fields_only_null(writes, nwrites, f->vars[v].field))
        continue;
      int keep = 0;
      for (int e = 0; e < b->nsucc; e++)
        if (ir_value_edge_admits(b, e, -1, v, 0)) b->succ[keep++] = b->succ[e];
      if (keep == 0 || keep == b->nsucc) continue; /* nothing to drop, or the test is not understood */
      removed += b->nsucc - keep;
      b->nsucc = keep;
    }
  }
  return removed;
}
