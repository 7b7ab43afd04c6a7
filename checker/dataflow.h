/* A forward dataflow solver over the IR's blocks. States are fixed-size byte
 * blobs; the all-zero blob is bottom (block not reached). */
#ifndef OSSL_LINT_DATAFLOW_H
#define OSSL_LINT_DATAFLOW_H

#include "ir.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  size_t state_size;
  void (*init_entry)(void *ctx, void *state);
  /* In place: the state at the block's start becomes the state at its end. */
  void (*transfer)(void *ctx, int block, void *state);
  /* In place: the state at the block's end, as it flows along one edge. */
  void (*edge)(void *ctx, int block, int edge, void *state);
  /* dst := dst joined with src (dst may be bottom); true when dst changed. */
  bool (*join)(void *ctx, void *dst, const void *src);
} dataflow_ops;

/* Returns the state at the start of every block (nblocks * state_size bytes).
 * Joins are meant to be monotone; as a guard against one that is not, the
 * solver stops after a bound on block visits (proportional to the blocks)
 * with the states it has, and counts the run (dataflow_unsettled()). */
unsigned char *dataflow_solve(const ir_function *f, const dataflow_ops *ops, void *ctx);

/* How many solves of this process stopped at the bound. */
long dataflow_unsettled(void);

#endif
