#include "const_env.h"

#include <string.h>

static bool followable(const ir_function *f, int v) {
  const ir_var *x = &f->vars[v];
  return x->path_root < 0 && !x->is_global && (x->int_like || x->pointer) && (!x->addr_taken || x->addr_args_only);
}

static bool given_constant(const ir_function *f, int v) {
  for (int b = 0; b < f->nblocks; b++)
    for (int i = 0; i < f->blocks[b].nev; i++) {
      const ir_event *ev = &f->blocks[b].ev[i];
      if (ev->kind == EV_DEF && ev->var == v && ev->has_value) return true;
    }
  return false;
}

static bool tested(const ir_function *f, int v) {
  for (int b = 0; b < f->nblocks; b++)
    if (ir_block_tests(&f->blocks[b], -1, v)) return true;
  return false;
}

bool const_env_call_gets_address(const ir_function *f, int k, int v) {
  for (int a = 0; a < f->calls[k].nargs; a++)
    if (f->calls[k].args[a].addr_var == v) return true;
  return false;
}

void const_env_choose(const ir_function *f, int skip, const_env_vars *out) {
  memset(out, 0, sizeof *out);
  for (int v = 0; v < f->nvars && out->n < CONST_ENV_VARS; v++)
    if (v != skip && followable(f, v) && given_constant(f, v) && tested(f, v)) out->var[out->n++] = v;
}

void const_env_set_keeps(const ir_function *f, const unsigned *keeps, const_env_vars *vs) {
  vs->keeps = keeps;
  vs->kept = 0;
  for (int j = 0; j < vs->n; j++)
    for (int k = 0; k < f->ncalls; k++)
      if (const_env_call_gets_address(f, k, vs->var[j]) && (!keeps || (keeps[k] >> j & 1))) vs->kept |= 1u << j;
}

const_env const_env_start(const const_env_vars *vs) {
  const_env e;
  memset(&e, 0, sizeof e);
  e.escaped = vs->kept;
  return e;
}

void const_env_block(const ir_function *f, const const_env_vars *vs, const ir_block *b, const_env *e) {
  for (int i = 0; i < b->nev; i++) {
    const ir_event *ev = &b->ev[i];
    for (int j = 0; j < vs->n; j++) {
      int v = vs->var[j];
      unsigned bit = 1u << j;
      if (ev->kind == EV_DEF && ev->var == v) {
        if (ev->has_value) {
          e->known |= bit;
          e->val[j] = ev->value;
        } else {
          e->known &= ~bit;
        }
      } else if (f->vars[v].addr_taken && ev->kind == EV_STORE) {
        e->known &= ~bit;
      } else if (f->vars[v].addr_taken && ev->kind == EV_CALL) {
        bool given = const_env_call_gets_address(f, ev->call, v);
        if (given || (e->escaped & bit)) e->known &= ~bit;
        if (given && (!vs->keeps || (vs->keeps[ev->call] & bit))) e->escaped |= bit;
      }
    }
  }
}

bool const_env_edge_admits(const const_env_vars *vs, const const_env *e, const ir_block *b, int edge) {
  for (int j = 0; j < vs->n; j++)
    if ((e->known >> j & 1) && ir_block_tests(b, -1, vs->var[j]) &&
        !ir_value_edge_admits(b, edge, -1, vs->var[j], e->val[j]))
      return false;
  return true;
}
