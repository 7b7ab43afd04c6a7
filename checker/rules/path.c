#include "path.h"

#include "registry.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void block_path_free(block_path *p) {
  free(p->blocks);
  free(p->edges);
  memset(p, 0, sizeof *p);
}

/* Whether events [from, to) of block b run a blocked call. */
static bool runs_blocked(const ir_function *f, int b, int from, int to, const bool *blocked) {
  if (!blocked) return false;
  const ir_block *blk = &f->blocks[b];
  for (int i = from < 0 ? 0 : from; i < to && i < blk->nev; i++)
    if (blk->ev[i].kind == EV_CALL && blocked[blk->ev[i].call]) return true;
  return false;
}

bool path_between(const ir_function *f, int from_block, int from_ev, int to_block, int to_ev,
                  const bool *blocked, block_path *out) {
  memset(out, 0, sizeof *out);
  if (from_block == to_block && from_ev < to_ev) {
    if (runs_blocked(f, from_block, from_ev + 1, to_ev, blocked)) return false;
    out->blocks = xmalloc(sizeof *out->blocks);
    out->edges = xmalloc(sizeof *out->edges);
    out->blocks[0] = from_block;
    out->edges[0] = -1;
    out->n = 1;
    return true;
  }
  const ir_block *start = &f->blocks[from_block];
  if (runs_blocked(f, from_block, from_ev + 1, start->nev, blocked)) return false;
  /* Breadth-first over blocks; parent[b]: the block b was first entered from, by edge via[b]. */
  int *parent = xmalloc((size_t)f->nblocks * sizeof *parent);
  int *via = xmalloc((size_t)f->nblocks * sizeof *via);
  int *queue = xmalloc((size_t)f->nblocks * sizeof *queue);
  for (int i = 0; i < f->nblocks; i++) parent[i] = -2;
  int head = 0, tail = 0, found = -1;
  for (int e = 0; e < start->nsucc; e++) {
    int to = start->succ[e].to;
    if (parent[to] != -2) continue;
    parent[to] = -1; /* entered from the start */
    via[to] = e;
    queue[tail++] = to;
  }
  while (head < tail && found < 0) {
    int b = queue[head++];
    if (b == to_block && !runs_blocked(f, b, 0, to_ev, blocked)) {
      found = b;
      break;
    }
    const ir_block *blk = &f->blocks[b];
    if (runs_blocked(f, b, 0, blk->nev, blocked)) continue;
    for (int e = 0; e < blk->nsucc; e++) {
      int to = blk->succ[e].to;
      if (parent[to] != -2) continue;
      parent[to] = b;
      via[to] = e;
      queue[tail++] = to;
    }
  }
  if (found >= 0) {
    int n = 2; /* the start and the target */
    for (int b = found; parent[b] >= 0; b = parent[b]) n++;
    out->blocks = xmalloc((size_t)n * sizeof *out->blocks);
    out->edges = xmalloc((size_t)n * sizeof *out->edges);
    out->n = n;
    int k = n - 1, edge = -1;
    for (int b = found;; b = parent[b]) {
      out->blocks[k] = b;
      out->edges[k--] = edge;
      edge = via[b];
      if (parent[b] < 0) break;
    }
    out->blocks[0] = from_block;
    out->edges[0] = edge;
  }
  free(parent);
  free(via);
  free(queue);
  return found >= 0;
}

/* The name a case label of block bi writes for value v (`SSL_ERROR_WANT_WRITE`), or NULL. */
static const char *case_name(const ir_function *f, int bi, long long v) {
  for (int t = 0; t < f->ntests; t++)
    if (f->tests[t].block == bi && f->tests[t].value == v && f->tests[t].const_name) return f->tests[t].const_name;
  return NULL;
}

/* What taking edge e of block bi says, for a step. */
static char *edge_message(const ir_function *f, int bi, int e, bool back) {
  const ir_block *b = &f->blocks[bi];
  const ir_edge *edge = &b->succ[e];
  const char *text = b->cond_text && *b->cond_text ? b->cond_text : NULL;
  const char *round = back ? ": the loop goes round again" : "";
  switch (edge->kind) {
  case IR_EDGE_TRUE:
  case IR_EDGE_FALSE: {
    const char *value = edge->kind == IR_EDGE_TRUE ? "true" : "false";
    return text ? xasprintf("`%s` is %s%s", text, value, round) : xasprintf("the condition is %s%s", value, round);
  }
  case IR_EDGE_CASE:
    if (edge->has_value && case_name(f, bi, edge->value))
      return text ? xasprintf("`switch (%s)` takes `case %s`%s", text, case_name(f, bi, edge->value), round)
                  : xasprintf("the switch takes `case %s`%s", case_name(f, bi, edge->value), round);
    if (edge->has_value)
      return text ? xasprintf("`switch (%s)` takes `case %lld`%s", text, edge->value, round)
                  : xasprintf("the switch takes `case %lld`%s", edge->value, round);
    return text ? xasprintf("`switch (%s)` takes a case%s", text, round) : xasprintf("the switch takes a case%s", round);
  case IR_EDGE_DEFAULT:
    return text ? xasprintf("`switch (%s)` takes `default`%s", text, round)
                : xasprintf("the switch takes `default`%s", round);
  case IR_EDGE_ALWAYS: break;
  }
  return back ? xstrdup("the loop goes round again") : NULL;
}

/* Per block, the first index of its edges in a flat array (first[nblocks]: the total). */
static int *edge_index(const ir_function *f) {
  int *first = xmalloc(((size_t)f->nblocks + 1) * sizeof *first);
  int n = 0;
  for (int b = 0; b < f->nblocks; b++) {
    first[b] = n;
    n += f->blocks[b].nsucc;
  }
  first[f->nblocks] = n;
  return first;
}

/* The back edges: those that reach a block on the stack of a depth-first walk
 * from the entry (iterative: 10,000 nested blocks make a deep walk). */
static bool *back_edges(const ir_function *f, const int *first) {
  bool *back = xcalloc((size_t)first[f->nblocks] + 1, sizeof *back);
  if (f->nblocks <= 0) return back;
  unsigned char *color = xcalloc((size_t)f->nblocks, 1); /* 0 new, 1 on the stack, 2 done */
  int *stack = xmalloc((size_t)f->nblocks * sizeof *stack), *next = xcalloc((size_t)f->nblocks, sizeof *next);
  int sp = 0;
  stack[sp++] = f->entry;
  color[f->entry] = 1;
  while (sp) {
    int b = stack[sp - 1];
    if (next[b] == f->blocks[b].nsucc) {
      color[b] = 2;
      sp--;
      continue;
    }
    int e = next[b]++, to = f->blocks[b].succ[e].to;
    if (color[to] == 1) back[first[b] + e] = true;
    else if (!color[to]) {
      color[to] = 1;
      stack[sp++] = to;
    }
  }
  free(color);
  free(stack);
  free(next);
  return back;
}

/* The step of a call that may leave the queue as it was, although it may clear it. */
static void partial_clear_step(finding *fd, const ir_function *f, const fn_facts *x, int call) {
  const call_effect *e = &x->effects[call];
  if (!e->cleans || !(e->passes || e->dirties)) return;
  /* A classifier's empty queue is inferred from the code it found (no error), not cleared */
  const char *fmt = e->is_classify ? "%s() may leave the queue as it was: only some of its paths find it empty"
                                   : "%s() clears the queue on some of its paths only";
  finding_step_add(fd, f->calls[call].loc, "call", xasprintf(fmt, rule_callee(f, call)));
}

void path_add_walk(finding *fd, const ir_function *f, const fn_facts *x, const int *blocks, const int *edges,
                   int n, int from, int to, int first_ev, int last_ev) {
  int *first = edge_index(f);
  bool *back_edge = back_edges(f, first);
  for (int k = from < 0 ? 0 : from; k <= to && k < n; k++) {
    const ir_block *b = &f->blocks[blocks[k]];
    for (int i = k == from ? first_ev + 1 : 0; x && i < b->nev && (k < to || i < last_ev); i++)
      if (b->ev[i].kind == EV_CALL) partial_clear_step(fd, f, x, b->ev[i].call);
    int e = edges[k];
    if (k == to || e < 0 || e >= b->nsucc) continue;
    bool back = back_edge[first[blocks[k]] + e];
    char *msg = edge_message(f, blocks[k], e, back);
    if (!msg) continue;
    /* A condition's step stands on the condition; a loop's on where the
     * next pass starts (its condition), else on the nearest statement of the path. */
    ir_loc loc = b->succ[e].kind != IR_EDGE_ALWAYS ? b->cond_loc : f->blocks[b->succ[e].to].loc;
    for (int j = k + 1; !loc.file && j < n; j++) loc = f->blocks[blocks[j]].loc;
    for (int j = k; !loc.file && j >= 0; j--) loc = f->blocks[blocks[j]].loc;
    finding_step_add(fd, loc, back ? "loop" : "branch", msg);
  }
  free(first);
  free(back_edge);
}

void path_add_edges(finding *fd, const ir_function *f, const int *blocks, const int *edges, int n, int from,
                    int to) {
  path_add_walk(fd, f, NULL, blocks, edges, n, from, to, -1, 0);
}

bool path_add_between_calls(finding *fd, const ir_function *f, int from, int to, const bool *blocked) {
  int fb, fe, tb, te;
  if (!ir_call_position(f, from, &fb, &fe) || !ir_call_position(f, to, &tb, &te)) return false;
  block_path p;
  if (!path_between(f, fb, fe, tb, te, blocked, &p)) return false;
  path_add_edges(fd, f, p.blocks, p.edges, p.n, 0, p.n - 1);
  block_path_free(&p);
  return true;
}

void path_add_between(finding *fd, const ir_function *f, const fn_facts *x, const between_call *b, const char *kind,
                      char *msg) {
  finding_step_add(fd, f->calls[b->io].loc, "io",
                   xasprintf("%s() runs; its result is not classified yet", rule_callee(f, b->io)));
  bool *others = path_io_calls(f, x, b->io);
  path_add_between_calls(fd, f, b->io, b->call, others);
  finding_step_add(fd, f->calls[b->call].loc, kind, msg);
  path_add_between_calls(fd, f, b->call, b->classify, others);
  free(others);
  finding_step_add(fd, f->calls[b->classify].loc, "classify",
                   xasprintf("%s() classifies the I/O call's result only now", rule_callee(f, b->classify)));
}

void path_add_classified(finding *fd, const ir_function *f, const fn_facts *x, int io, int k, char *classify_msg) {
  if (io >= 0) {
    finding_step_add(fd, f->calls[io].loc, "io", xasprintf("%s() runs", rule_callee(f, io)));
    bool *others = path_io_calls(f, x, io);
    path_add_between_calls(fd, f, io, k, others);
    free(others);
  }
  finding_step_add(fd, f->calls[k].loc, "classify", classify_msg);
}

bool *path_io_calls(const ir_function *f, const fn_facts *x, int except) {
  bool *io = xcalloc((size_t)f->ncalls + 1, sizeof *io);
  for (int i = 0; i < f->ncalls; i++) io[i] = i != except && x->effects[i].is_io;
  return io;
}

void path_add_drain_inside_classifier(finding *fd, const project *p, const ir_function *f, const fn_facts *x, int io,
                                      int k) {
  finding_step_add(fd, f->calls[io].loc, "io",
                   xasprintf("%s() runs; its result is not classified yet", rule_callee(f, io)));
  bool *others = path_io_calls(f, x, io);
  path_add_between_calls(fd, f, io, k, others);
  free(others);
  const ir_function *g = f; /* the classifier holding the drain, and its call */
  int call = k;
  for (int depth = 0; depth < 8; depth++) { /* down the classifiers that hand the result on */
    const call_target *t = &p->targets[g->id][call];
    if (t->ndefs != 1) break;
    int inner = p->sums[t->defs[0]].before_classify_call;
    if (inner < 0 || inner >= p->fns[t->defs[0]]->ncalls) break;
    g = p->fns[t->defs[0]];
    call = inner;
  }
  if (g != f)
    finding_step_add(fd, g->calls[call].loc, "drain",
                     xasprintf("inside %s(), %s() takes errors off the queue", g->name, rule_callee(g, call)));
  finding_step_add(fd, f->calls[k].loc, "classify",
                   xasprintf("%s() classifies the I/O call's result only after that", rule_callee(f, k)));
}
