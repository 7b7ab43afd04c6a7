#include "outcome.h"

#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* One thing a path does that its caller may see: a call, a definition or a
 * store of a constant, a return. Two paths with equal lists leave the caller
 * the same outcome. */
typedef enum { SIG_CALL, SIG_DEF, SIG_STORE, SIG_RETURN_CONST, SIG_RETURN_VAR, SIG_RETURN_CALL, SIG_FALL_OFF } sig_kind;

typedef struct {
  sig_kind kind;
  const char *callee; /* SIG_CALL, SIG_RETURN_CALL, SIG_DEF from a call */
  const ir_call *call; /* SIG_CALL: its arguments */
  int var;
  bool has_value;
  long long value;
} sig_item;

enum { MAX_SIG = 32, MAX_WALK = 256 };

typedef struct {
  sig_item items[MAX_SIG];
  int n;
  bool known;           /* the walk saw every step (else the outcome is unknown) */
  bool ended;           /* ... and reached a return or the end of the function */
  int blocks[MAX_WALK]; /* the blocks entered, in order */
  int nblocks;
} path_outcome;

typedef outcome_subject subject;

static bool arg_equal(const ir_function *f, const ir_arg *a, const ir_arg *b, const subject *s) {
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case ARG_VAR: return a->var == b->var && a->var != s->var;
  case ARG_CONST: return a->value == b->value;
  case ARG_CALL: {
    const char *x = f->calls[a->call].callee, *y = f->calls[b->call].callee;
    return x && y && !strcmp(x, y);
  }
  case ARG_FUNCTION: return a->fn && b->fn && !strcmp(a->fn, b->fn);
  case ARG_OTHER: return false; /* a string, an expression: not known to be the same */
  }
  return false;
}

static bool item_equal(const ir_function *f, const sig_item *a, const sig_item *b, const subject *s) {
  if (a->kind != b->kind || a->var != b->var || a->has_value != b->has_value || (a->has_value && a->value != b->value))
    return false;
  if ((a->callee || b->callee) && (!a->callee || !b->callee || strcmp(a->callee, b->callee))) return false;
  if (a->kind == SIG_CALL) {
    if (a->call->nargs != b->call->nargs) return false;
    for (int i = 0; i < a->call->nargs; i++)
      if (!arg_equal(f, &a->call->args[i], &b->call->args[i], s)) return false;
  }
  return true;
}

static void sig_add(path_outcome *o, sig_item it) {
  if (o->n == MAX_SIG) {
    o->known = false;
    return;
  }
  o->items[o->n++] = it;
}

/* The items of block b's events from event `from` on; false when the path
 * ends in it (a return) or does something not comparable. */
static bool sig_of_events(const ir_function *f, int b, int from, const subject *s, path_outcome *o) {
  const ir_block *blk = &f->blocks[b];
  for (int i = from; i < blk->nev && o->known; i++) {
    const ir_event *ev = &blk->ev[i];
    switch (ev->kind) {
    case EV_CALL: {
      const ir_call *c = &f->calls[ev->call];
      if (!c->callee) {
        o->known = false;
        break;
      }
      sig_add(o, (sig_item){.kind = SIG_CALL, .callee = c->callee, .call = c, .var = -1});
      break;
    }
    case EV_DEF:
      if (ev->var == s->var) { /* the subject itself changes: what follows is not about the code */
        o->known = false;
        break;
      }
      if (ev->src_call >= 0)
        sig_add(o, (sig_item){.kind = SIG_DEF, .var = ev->var, .callee = f->calls[ev->src_call].callee});
      else if (ev->has_value)
        sig_add(o, (sig_item){.kind = SIG_DEF, .var = ev->var, .has_value = true, .value = ev->value});
      else
        o->known = false;
      break;
    case EV_STORE:
      /* `c->state = K`: the path variable's definition that follows says it */
      if (i + 1 < blk->nev && blk->ev[i + 1].kind == EV_DEF && f->vars[blk->ev[i + 1].var].path_root >= 0) break;
      if (ev->var >= 0 && ev->has_value)
        sig_add(o, (sig_item){.kind = SIG_STORE, .var = ev->var, .has_value = true, .value = ev->value});
      else
        o->known = false;
      break;
    case EV_RETURN: {
      const ir_return *r = ev->ret >= 0 ? &f->rets[ev->ret] : NULL;
      if (ev->call >= 0)
        sig_add(o, (sig_item){.kind = SIG_RETURN_CALL, .var = -1, .callee = f->calls[ev->call].callee});
      else if (ev->var >= 0 && ev->var != s->var)
        sig_add(o, (sig_item){.kind = SIG_RETURN_VAR, .var = ev->var});
      else if (r && r->nvals == 1)
        sig_add(o, (sig_item){.kind = SIG_RETURN_CONST, .var = -1, .has_value = true, .value = r->vals[0]});
      else
        o->known = false;
      o->ended = true;
      return false;
    }
    }
  }
  return o->known;
}

/* The successor of b that the subject being v leads to, or -1 (the branch
 * tests something else, or v may go more than one way). */
static int next_block(const ir_function *f, int b, const subject *s, long long v) {
  const ir_block *blk = &f->blocks[b];
  if (blk->nsucc == 1) return blk->succ[0].to;
  if (!ir_block_tests(blk, s->call, s->var)) return -1;
  int to = -1;
  for (int e = 0; e < blk->nsucc; e++) {
    if (!ir_value_edge_admits(blk, e, s->call, s->var, v)) continue;
    if (to >= 0 && to != blk->succ[e].to) return -1;
    to = blk->succ[e].to;
  }
  return to;
}

static int entered_at(const path_outcome *o, int b) {
  for (int i = 0; i < o->nblocks; i++)
    if (o->blocks[i] == b) return i;
  return -1;
}

/* Walk the path the subject being v takes from block b to a return (or the
 * end of the function). A branch on anything else, or a loop, leaves the
 * outcome unknown: paths are not merged where they meet, since code after
 * that (a `? :` joining two constants) may still depend on the way taken. */
static void walk(const ir_function *f, int b, const subject *s, long long v, path_outcome *o) {
  o->known = true;
  for (int steps = 0; b >= 0 && steps < MAX_WALK; steps++) {
    if (entered_at(o, b) >= 0) break; /* a loop */
    o->blocks[o->nblocks++] = b;
    if (!sig_of_events(f, b, 0, s, o)) return;
    if (b == f->exit) {
      sig_add(o, (sig_item){.kind = SIG_FALL_OFF, .var = -1});
      o->ended = true;
      return;
    }
    b = next_block(f, b, s, v);
  }
  o->known = false;
}

/* Whether every edge from block b to `to` rules out each of the values
 * `others`: the path to `to` is a's own (`case A:`, `e == A`), not a range of
 * values that lets a through with others (`e > SSL_ERROR_WANT_WRITE`). */
static bool singles_out(const ir_block *blk, int to, const subject *s, const long long *others, int nothers) {
  for (int e = 0; e < blk->nsucc; e++) {
    if (blk->succ[e].to != to) continue;
    for (int i = 0; i < nothers; i++)
      if (ir_value_edge_admits(blk, e, s->call, s->var, others[i])) return false;
  }
  return true;
}

/* Whether a block both values pass through lets the paths go on: it does not
 * return, and does not redefine the subject. */
static bool common_block_goes_on(const ir_function *f, int b, const subject *s) {
  const ir_block *blk = &f->blocks[b];
  for (int i = 0; i < blk->nev; i++)
    if (blk->ev[i].kind == EV_RETURN || (blk->ev[i].kind == EV_DEF && blk->ev[i].var == s->var)) return false;
  return true;
}

/* Whether the value is copied anywhere (`r.code = err`): the copy may show the caller which it was. */
static bool copied(const ir_function *f, const subject *s) { return s->var >= 0 && ir_var_copied(f, s->var); }

bool outcome_same(const ir_function *f, int home, const outcome_subject *s, long long a, long long b,
                  const long long *others, int nothers) {
  if (copied(f, s)) return false;
  /* Together while both values go the same way (the home block, then blocks
   * before the first test that tells them apart). */
  int at = home;
  for (int steps = 0; steps < MAX_WALK; steps++) {
    int ba = next_block(f, at, s, a), bb = next_block(f, at, s, b);
    if (ba < 0 || bb < 0) return false;
    if (ba != bb) {
      if (!singles_out(&f->blocks[at], ba, s, others, nothers)) return false;
      path_outcome *oa = xcalloc(1, sizeof *oa), *ob = xcalloc(1, sizeof *ob);
      walk(f, ba, s, a, oa);
      walk(f, bb, s, b, ob);
      bool same = oa->known && ob->known && oa->ended && ob->ended && oa->n == ob->n;
      for (int i = 0; i < oa->n && same; i++) same = item_equal(f, &oa->items[i], &ob->items[i], s);
      free(oa);
      free(ob);
      return same;
    }
    if (ba == f->exit || !common_block_goes_on(f, ba, s)) return false;
    at = ba;
  }
  return false;
}

/* A local variable that may carry a failure to a return (`n = -1; break; ...
 * return n;`): one of f's own, not the subject, that nothing else can change. */
static bool carries_value(const ir_function *f, int v, const subject *s) {
  return v >= 0 && v != s->var && f->vars[v].int_like && !f->vars[v].escapes && !ir_var_aliasable(f, v) &&
         ir_var_is_local(f, v);
}

enum { FAIL_VARS = 4, FAIL_STATES = 8 };

/* What a walk of outcome_fails knows on its way: the constants some locals
 * were given since it started (carries_value). */
typedef struct {
  int n;
  int var[FAIL_VARS];
  long long val[FAIL_VARS];
} fail_env;

static bool env_equal(const fail_env *a, const fail_env *b) {
  if (a->n != b->n) return false;
  for (int i = 0; i < a->n; i++)
    if (a->var[i] != b->var[i] || a->val[i] != b->val[i]) return false;
  return true;
}

/* Where env records v, or -1. */
static int env_find(const fail_env *e, int v) {
  for (int i = 0; i < e->n; i++)
    if (e->var[i] == v) return i;
  return -1;
}

/* Forget v, then (known) record that it holds val. */
static void env_set(fail_env *e, int v, bool known, long long val) {
  int i = env_find(e, v);
  if (i >= 0) {
    e->var[i] = e->var[e->n - 1];
    e->val[i] = e->val[e->n - 1];
    e->n--;
  }
  if (known && e->n < FAIL_VARS) {
    e->var[e->n] = v;
    e->val[e->n++] = val;
  }
}

/* Whether block b's events, with what env knows, return a negative constant
 * (`return -1;`, or `return n;` with n given one on the way) or go on, doing
 * nothing on the way but calls and such locals' definitions: false at any
 * other definition, a store or any other return. *returned: b returns. */
static bool fails_in_block(const ir_function *f, int b, const subject *s, const outcome_calls *calls, fail_env *env,
                           bool *returned) {
  const ir_block *blk = &f->blocks[b];
  *returned = false;
  for (int i = 0; i < blk->nev; i++) {
    const ir_event *ev = &blk->ev[i];
    if (ev->kind == EV_CALL) continue;
    if (ev->kind == EV_DEF && carries_value(f, ev->var, s)) {
      env_set(env, ev->var, ev->has_value && ev->src_call < 0, ev->value);
      continue;
    }
    if (ev->kind != EV_RETURN || ev->ret < 0) return false;
    if (ev->call >= 0) { /* `return set_status(c, CLOSED, -1);` */
      if (!calls || !calls->known[ev->call] || calls->value[ev->call] >= 0) return false;
      *returned = true;
      return true;
    }
    const ir_return *r = &f->rets[ev->ret];
    if (r->nvals < 1) { /* `return n;`: n's constant, if the walk gave it one */
      int k = ev->var >= 0 ? env_find(env, ev->var) : -1;
      if (k < 0 || env->val[k] >= 0 || env->val[k] < INT_MIN) return false;
    }
    for (int v = 0; v < r->nvals; v++) /* negative as an int holds it */
      if (r->vals[v] >= 0 || r->vals[v] < INT_MIN) return false;
    *returned = true;
    return true;
  }
  return true;
}

bool outcome_fails(const ir_function *f, int home, const outcome_subject *s, long long v, const outcome_calls *calls) {
  int from = next_block(f, home, s, v);
  if (from < 0) return false;
  /* Every block the value may reach from there, through branches on anything
   * else too (a log line's `if (verbose >= level)`), with what each way
   * knows of the locals it gave constants: a block is walked again for
   * another such knowledge, at most FAIL_STATES times. */
  typedef struct {
    int block;
    fail_env env;
  } fail_node;
  size_t cap = (size_t)f->nblocks * FAIL_STATES + 1;
  int sp = 0;
  fail_node *stack = xmalloc(cap * sizeof *stack);
  fail_env *seen = xmalloc(cap * sizeof *seen); /* per block, the knowledge it was entered with */
  int *visits = xcalloc((size_t)f->nblocks + 1, sizeof *visits);
  stack[sp++] = (fail_node){.block = from};
  bool fails = true;
  while (sp && fails) {
    fail_node node = stack[--sp];
    bool returned;
    fails = fails_in_block(f, node.block, s, calls, &node.env, &returned) && node.block != f->exit;
    if (!fails || returned) continue;
    const ir_block *blk = &f->blocks[node.block];
    int only = ir_block_tests(blk, s->call, s->var) ? next_block(f, node.block, s, v) : -1;
    for (int e = 0; e < blk->nsucc && fails; e++) {
      int to = blk->succ[e].to;
      if (only >= 0 && to != only) continue;
      fail_env *at = &seen[(size_t)to * FAIL_STATES];
      bool known = false;
      for (int i = 0; i < visits[to] && !known; i++) known = env_equal(&at[i], &node.env);
      if (known) continue;
      if (visits[to] == FAIL_STATES) {
        fails = false; /* too many ways of knowing: not known to fail */
        break;
      }
      at[visits[to]++] = node.env;
      stack[sp++] = (fail_node){to, node.env};
    }
  }
  free(stack);
  free(seen);
  free(visits);
  return fails;
}

/* Whether event ev reads the subject other than by a branch: as an argument
 * (`log("%d", ret)`, `f(ret = g())`), or, for its call, the result passed on. */
static bool event_reads(const ir_function *f, const ir_event *ev, const subject *s) {
  if (ev->kind != EV_CALL) return false;
  const ir_call *c = &f->calls[ev->call];
  for (int i = 0; i < c->nargs; i++) {
    const ir_arg *a = &c->args[i];
    if ((a->kind == ARG_VAR || a->kind == ARG_OTHER) && s->var >= 0 && a->var == s->var) return true;
    if (a->kind == ARG_CALL && s->call >= 0 && a->call == s->call) return true;
  }
  return false;
}

/* outcome_alike for block b from event `from`: false when the two values part
 * or the value is read; else the successors to follow that are not `seen` yet
 * are marked and pushed on `stack` (none when the path ends here). */
static bool alike_in_block(const ir_function *f, int b, int from, const subject *s, long long va, long long vb,
                           bool *returned, bool *seen, int *stack, int *sp) {
  const ir_block *blk = &f->blocks[b];
  for (int i = from; i < blk->nev; i++) {
    const ir_event *ev = &blk->ev[i];
    if (event_reads(f, ev, s)) return false;
    if (ev->kind == EV_DEF && s->var >= 0 && ev->var == s->var) {
      if (s->call >= 0 && ev->src_call == s->call) continue; /* the value's own definition */
      if (ev->src_call >= 0 || ev->has_value) return true; /* a new value, the same for both */
      return false;                                        /* `ret += n`: may depend on the old one */
    }
    if (ev->kind == EV_RETURN) {
      if (s->var >= 0 && ev->var == s->var) {
        if (ev->ret < 0 || f->rets[ev->ret].nvals >= 0) return false; /* `return ret ? 1 : 0;` */
        *returned = true;
      }
      return true;
    }
  }
  if (b == f->exit) return true;
  if (s->var >= 0 && (blk->rng_var == s->var || blk->rng_var2 == s->var) && blk->rng_var2 >= 0)
    return false; /* compared with another variable: the edges depend on both */
  bool tests = ir_block_tests(blk, s->call, s->var);
  for (int e = 0; e < blk->nsucc; e++) {
    if (tests && blk->succ[e].kind == IR_EDGE_CASE && !blk->succ[e].has_value)
      return false; /* `case -3 ... -2:`: which values it takes is not known */
    if (tests) {
      bool ta = ir_value_edge_admits(blk, e, s->call, s->var, va);
      if (ta != ir_value_edge_admits(blk, e, s->call, s->var, vb)) return false;
      if (!ta) continue;
    }
    int to = blk->succ[e].to;
    if (!seen[to]) {
      seen[to] = true;
      stack[(*sp)++] = to;
    }
  }
  return true;
}

bool outcome_alike(const ir_function *f, int home, int from, const outcome_subject *s, long long a, long long b,
                   bool *returned) {
  *returned = false;
  if (copied(f, s) || (s->var >= 0 && f->vars[s->var].opaque_reads)) return false;
  bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof *seen);
  int *stack = xmalloc(((size_t)f->nblocks + 1) * sizeof *stack), sp = 0;
  bool alike = alike_in_block(f, home, from, s, a, b, returned, seen, stack, &sp);
  while (alike && sp) {
    int blk = stack[--sp];
    alike = alike_in_block(f, blk, 0, s, a, b, returned, seen, stack, &sp);
  }
  free(seen);
  free(stack);
  return alike;
}
