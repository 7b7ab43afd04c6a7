/* The dataflow solver's guard: a join that is not monotone (here, one that
 * flips a byte on every call) would go round a loop forever; the solver stops
 * after its bound on block visits and counts the run, which the driver
 * reports as a warning. A monotone join settles and counts nothing. */
#include "dataflow.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* entry B0 -> B1 -> B0: a loop */
static ir_function *loop_function(void) {
  static ir_edge e01[1], e10[1];
  static ir_block blocks[2];
  static ir_function f;
  e01[0] = (ir_edge){.to = 1};
  e10[0] = (ir_edge){.to = 0};
  blocks[0] = (ir_block){.succ = e01, .nsucc = 1};
  blocks[1] = (ir_block){.succ = e10, .nsucc = 1};
  f = (ir_function){.blocks = blocks, .nblocks = 2, .entry = 0, .exit = 1};
  return &f;
}

static void init_one(void *ctx, void *state) {
  (void)ctx;
  *(unsigned char *)state = 1;
}

static void no_transfer(void *ctx, int block, void *state) {
  (void)ctx;
  (void)block;
  (void)state;
}

static bool flipping_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  (void)src;
  unsigned char *d = dst;
  *d = *d == 1 ? 2 : 1; /* never the same twice: not monotone */
  return true;
}

static bool or_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  unsigned char *d = dst, old = *d;
  *d |= *(const unsigned char *)src;
  return *d != old;
}

static void non_monotone_join_stops(void **state) {
  (void)state;
  long before = dataflow_unsettled();
  dataflow_ops ops = {1, init_one, no_transfer, NULL, flipping_join};
  unsigned char *in = dataflow_solve(loop_function(), &ops, NULL);
  assert_non_null(in);
  assert_int_equal(dataflow_unsettled(), before + 1);
  free(in);
}

static void monotone_join_settles(void **state) {
  (void)state;
  long before = dataflow_unsettled();
  dataflow_ops ops = {1, init_one, no_transfer, NULL, or_join};
  unsigned char *in = dataflow_solve(loop_function(), &ops, NULL);
  assert_int_equal(in[0], 1);
  assert_int_equal(in[1], 1);
  assert_int_equal(dataflow_unsettled(), before);
  free(in);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(non_monotone_join_stops),
      cmocka_unit_test(monotone_join_settles),
  };
  return cmocka_run_group_tests_name("dataflow", tests, NULL, NULL);
}
