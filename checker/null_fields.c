#include "null_fields.h"

#include <string.h>

bool null_fields_only_null(char *const *writes, int nwrites, const char *key) {
  size_t n = strlen(key);
  int lo = 0, hi = nwrites; /* the first entry not below "KEY " */
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    int c = strncmp(writes[mid], key, n);
    if (c < 0 || (c == 0 && writes[mid][n] < ' ')) lo = mid + 1;
    else hi = mid;
  }
  bool any = false;
  for (int i = lo; i < nwrites && !strncmp(writes[i], key, n); i++) {
    if (writes[i][n] != ' ') continue; /* another field whose name starts alike */
    if (strcmp(writes[i] + n + 1, "0")) return false;
    any = true;
  }
  return any;
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
