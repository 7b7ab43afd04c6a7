#include "noreturn.h"

#include "util.h"

#include <stdlib.h>

/* Whether call c of f is a call of a function that never returns: the copy
 * made for it, or every definition the run has of its callee (at least one). */
static bool calls_noreturn(const project *p, const ir_function *f, const ir_call *c, const bool *nr) {
  if (c->callee_copy) return nr[c->callee_copy - 1];
  if (!c->callee || c->via_pointer) return false;
  int defs[CALL_MAX_DEFS];
  int n = project_definitions(p, c->callee, f, defs, CALL_MAX_DEFS);
  if (n < 1 || n > CALL_MAX_DEFS) return false;
  for (int i = 0; i < n; i++)
    if (!nr[defs[i]]) return false;
  return true;
}

/* The event of block b where a call of a function that never returns is, or
 * -1. Only a call that is a statement of its own (`die(...);`, `(void)
 * die(...);`), as the CFG ends a path at a call declared noreturn: one inside
 * an expression may be an arm that does not run (`malloc(n) ?: oom()`, whose
 * GNU `?:` the CFG does not split, `__builtin_choose_expr()`, `_Generic`). */
static int noreturn_event(const project *p, const ir_function *f, const ir_block *b, const bool *nr) {
  for (int i = 0; i < b->nev; i++)
    if (b->ev[i].kind == EV_CALL && f->calls[b->ev[i].call].is_statement &&
        calls_noreturn(p, f, &f->calls[b->ev[i].call], nr))
      return i;
  return -1;
}

/* Whether some path from f's entry reaches its exit, the calls of functions
 * known not to return ending theirs. */
static bool exit_reached(const project *p, const ir_function *f, const bool *nr, bool *seen, int *stack) {
  if (f->nblocks <= 0 || f->entry < 0 || f->exit < 0) return true; /* nothing known: it may return */
  if (f->has_asm) return true; /* `asm goto` may jump to a label the CFG reaches no other way */
  for (int b = 0; b < f->nblocks; b++) seen[b] = false;
  int top = 0;
  stack[top++] = f->entry;
  seen[f->entry] = true;
  while (top) {
    int b = stack[--top];
    if (b == f->exit) return true;
    const ir_block *blk = &f->blocks[b];
    if (noreturn_event(p, f, blk, nr) >= 0) continue;
    for (int e = 0; e < blk->nsucc; e++)
      if (!seen[blk->succ[e].to]) {
        seen[blk->succ[e].to] = true;
        stack[top++] = blk->succ[e].to;
      }
  }
  return false;
}

int noreturn_cut(project *p) {
  bool *nr = xcalloc((size_t)p->nfns + 1, sizeof *nr);
  int maxblocks = 1;
  for (int i = 0; i < p->nfns; i++)
    if (p->fns[i]->nblocks > maxblocks) maxblocks = p->fns[i]->nblocks;
  bool *seen = xmalloc((size_t)maxblocks * sizeof *seen);
  int *stack = xmalloc((size_t)maxblocks * sizeof *stack);
  for (bool changed = true; changed;) { /* from "every function returns" up */
    changed = false;
    for (int i = 0; i < p->nfns; i++)
      if (!nr[i] && !exit_reached(p, p->fns[i], nr, seen, stack)) nr[i] = changed = true;
  }
  int cut = 0;
  for (int i = 0; i < p->nfns; i++) {
    ir_function *f = p->fns[i];
    for (int b = 0; b < f->nblocks; b++) {
      ir_block *blk = &f->blocks[b];
      int at = noreturn_event(p, f, blk, nr);
      if (at < 0 || (at == blk->nev - 1 && blk->nsucc == 0)) continue;
      blk->nev = at + 1; /* what follows the call in its block, and the block's edges, never run */
      blk->nsucc = 0;
      cut++;
    }
  }
  free(seen);
  free(stack);
  free(nr);
  return cut;
}
