#include "dataflow.h"

#include "util.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static atomic_long unsettled;

long dataflow_unsettled(void) { return atomic_load(&unsettled); }

/* All zero: the first byte is, and every byte equals the next (memcmp's
 * vector loop instead of one byte at a time: the error-code analysis's
 * states hold a word per variable). */
static bool is_bottom(const unsigned char *s, size_t n) {
  return n == 0 || (s[0] == 0 && (n == 1 || !memcmp(s, s + 1, n - 1)));
}

unsigned char *dataflow_solve(const ir_function *f, const dataflow_ops *ops, void *ctx) {
  size_t sz = ops->state_size;
  unsigned char *in = xcalloc((size_t)f->nblocks, sz);
  unsigned char *tmp = xmalloc(sz), *along = xmalloc(sz);
  int *queue = xmalloc((size_t)f->nblocks * sizeof *queue);
  bool *queued = xcalloc((size_t)f->nblocks, sizeof *queued);
  int head = 0, count = 0;

  ops->init_entry(ctx, in + (size_t)f->entry * sz);
  queue[0] = f->entry;
  queued[f->entry] = true;
  count = 1;
  long visits = 0, bound = 256L * f->nblocks + 4096;
  while (count) {
    if (++visits > bound) {
      atomic_fetch_add(&unsettled, 1);
      break;
    }
    int b = queue[head];
    head = (head + 1) % f->nblocks;
    count--;
    queued[b] = false;
    memcpy(tmp, in + (size_t)b * sz, sz);
    if (is_bottom(tmp, sz)) continue;
    ops->transfer(ctx, b, tmp);
    const ir_block *blk = &f->blocks[b];
    for (int e = 0; e < blk->nsucc; e++) {
      memcpy(along, tmp, sz);
      if (ops->edge) ops->edge(ctx, b, e, along);
      if (is_bottom(along, sz)) continue;
      int to = blk->succ[e].to;
      if (ops->join(ctx, in + (size_t)to * sz, along) && !queued[to]) {
        queued[to] = true;
        queue[(head + count) % f->nblocks] = to;
        count++;
      }
    }
  }
  free(tmp);
  free(along);
  free(queue);
  free(queued);
  return in;
}
