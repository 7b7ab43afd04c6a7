#include "ir_serial.h"

#include "arena.h"
#include "hash.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Every field of the IR is written and read here. A change of the IR's
 * structures must be made here too (and TU_CACHE_FORMAT_VERSION raised):
 * these sizes, as on x86-64, are a reminder; tests/test_cache.py compares runs
 * with and without the cache on every fixture directory. Not written: what one
 * run sets for itself (ir_call.callee_copy, ir_function.summary_only,
 * ir_var.bound and bound_value), zero as read. */
#if defined(__x86_64__) && defined(__LP64__)
_Static_assert(sizeof(ir_loc) == 16 && sizeof(ir_arg) == 48 && sizeof(ir_call) == 152 &&
                   sizeof(ir_event) == 56 && sizeof(ir_return) == 40 && sizeof(ir_edge) == 24 &&
                   sizeof(ir_block) == 128 && sizeof(ir_test) == 48 && sizeof(ir_var) == 48 &&
                   sizeof(ir_function) == 152,
               "the IR changed: update ir_serial.c (both directions) and TU_CACHE_FORMAT_VERSION");
#endif

/* ---- writing ---- */

struct ir_writer {
  const char **strs; /* distinct strings, in first-use order */
  int nstrs, strs_cap;
  int *slots; /* open addressing: index + 1 into strs, 0 empty */
  size_t nslots;
  bytes_out body;
};

ir_writer *ir_writer_new(void) {
  ir_writer *w = xcalloc(1, sizeof *w);
  w->nslots = 1024;
  w->slots = xcalloc(w->nslots, sizeof *w->slots);
  return w;
}

static void rehash(ir_writer *w) {
  free(w->slots);
  w->nslots *= 2;
  w->slots = xcalloc(w->nslots, sizeof *w->slots);
  for (int i = 0; i < w->nstrs; i++) {
    size_t h = (size_t)hash64_str(w->strs[i], 0) & (w->nslots - 1);
    while (w->slots[h]) h = (h + 1) & (w->nslots - 1);
    w->slots[h] = i + 1;
  }
}

void ir_write_string(ir_writer *w, const char *s) {
  if (!s) {
    out_uv(&w->body, 0);
    return;
  }
  size_t h = (size_t)hash64_str(s, 0) & (w->nslots - 1);
  while (w->slots[h] && strcmp(w->strs[w->slots[h] - 1], s)) h = (h + 1) & (w->nslots - 1);
  if (!w->slots[h]) {
    VEC_PUSH(w->strs, w->nstrs, w->strs_cap, s);
    w->slots[h] = w->nstrs;
    if ((size_t)w->nstrs * 2 > w->nslots) rehash(w);
  }
  /* the index is found again after a rehash */
  h = (size_t)hash64_str(s, 0) & (w->nslots - 1);
  while (strcmp(w->strs[w->slots[h] - 1], s)) h = (h + 1) & (w->nslots - 1);
  out_uv(&w->body, (uint64_t)w->slots[h]);
}

void ir_write_count(ir_writer *w, int n) { out_uv(&w->body, (uint64_t)n); }

static void write_loc(ir_writer *w, const ir_loc *l) {
  ir_write_string(w, l->file);
  out_uv(&w->body, l->line);
  out_uv(&w->body, l->col);
}

static void write_call(ir_writer *w, const ir_call *c) {
  bytes_out *o = &w->body;
  ir_write_string(w, c->callee);
  ir_write_string(w, c->callee_alias);
  ir_write_string(w, c->callee_type);
  ir_write_string(w, c->callee_fntype);
  ir_write_string(w, c->callee_field);
  ir_write_string(w, c->result_field);
  ir_write_string(w, c->macro);
  out_u8(o, (unsigned)c->via_pointer | (unsigned)c->callee_openssl << 1 | (unsigned)c->result_returned << 2 |
                (unsigned)c->result_escapes << 3 | (unsigned)c->result_discarded << 4 |
                (unsigned)c->has_clear_fix << 5 | (unsigned)c->callee_system << 6 | (unsigned)c->is_statement << 7);
  write_loc(w, &c->loc);
  out_uv(o, (uint64_t)c->nargs);
  for (int a = 0; a < c->nargs; a++) {
    const ir_arg *arg = &c->args[a];
    out_sv(o, arg->kind);
    out_sv(o, arg->var);
    out_sv(o, arg->value);
    out_sv(o, arg->call);
    out_u8(o, arg->writes_through);
    ir_write_string(w, arg->fn);
    out_sv(o, arg->addr_var);
    out_sv(o, arg->param_field);
    ir_write_string(w, arg->field);
  }
  out_sv(o, c->result_var);
  out_sv(o, c->callee_param);
  out_sv(o, c->result_param);
  write_loc(w, &c->fix_loc);
  ir_write_string(w, c->fix_text);
}

static void write_block(ir_writer *w, const ir_block *b) {
  bytes_out *o = &w->body;
  out_uv(o, (uint64_t)b->nev);
  for (int e = 0; e < b->nev; e++) {
    const ir_event *ev = &b->ev[e];
    out_sv(o, ev->kind);
    out_sv(o, ev->call);
    out_sv(o, ev->var);
    out_sv(o, ev->src_call);
    out_sv(o, ev->ret);
    out_u8(o, (unsigned)ev->has_value | (unsigned)ev->stores_pointer << 1);
    out_sv(o, ev->value);
    out_sv(o, ev->src_var);
    out_uv(o, ev->target);
    out_sv(o, ev->cmp_call1);
    out_u8(o, (unsigned)ev->cmp_op);
    out_sv(o, ev->cmp_k);
  }
  out_uv(o, (uint64_t)b->nsucc);
  for (int e = 0; e < b->nsucc; e++) {
    out_sv(o, b->succ[e].to);
    out_u8(o, b->succ[e].kind | (unsigned)b->succ[e].has_value << 4);
    out_sv(o, b->succ[e].value);
  }
  out_sv(o, b->cond_call);
  out_sv(o, b->cond_var);
  out_u8(o, (unsigned)b->cond_true_nonzero | (unsigned)b->tests_eagain << 1);
  out_sv(o, b->cmp_var);
  out_sv(o, b->cmp_call);
  out_sv(o, b->cmp_op);
  out_sv(o, b->cond_key1);
  out_sv(o, b->cmp_k);
  out_sv(o, b->rng_var);
  out_sv(o, b->rng_var2);
  out_sv(o, b->rng_op);
  out_sv(o, b->rng_k);
  write_loc(w, &b->loc);
  write_loc(w, &b->cond_loc);
  ir_write_string(w, b->cond_text);
}

void ir_write_function(ir_writer *w, const ir_function *f) {
  bytes_out *o = &w->body;
  ir_write_string(w, f->name);
  ir_write_string(w, f->fntype);
  out_u8(o, (unsigned)f->is_static | (unsigned)f->in_header << 1 | (unsigned)f->returns_int_like << 2 |
                (unsigned)f->tests_eagain << 3 | (unsigned)f->returns_bool << 4 |
                (unsigned)f->has_asm << 5 | (unsigned)f->stores_errno << 6 | (unsigned)f->returns_pointer << 7);
  write_loc(w, &f->loc);
  out_uv(o, f->end_line);
  out_uv(o, (uint64_t)f->nparams);
  out_uv(o, (uint64_t)f->nvars);
  for (int v = 0; v < f->nvars; v++) {
    const ir_var *x = &f->vars[v];
    out_u8(o, (unsigned)x->returned | (unsigned)x->escapes << 1 | (unsigned)x->addr_taken << 2 |
                  (unsigned)x->int_like << 3 | (unsigned)x->wide << 4 | (unsigned)x->pointer << 5 |
                  (unsigned)x->is_unsigned << 6 | (unsigned)x->opaque_reads << 7);
    out_sv(o, x->path_root);
    out_u8(o, (unsigned)x->addr_args_only | (unsigned)x->is_global << 1 | (unsigned)x->hidden_reads << 2 |
                  (unsigned)x->is_bool << 3);
    out_uv(o, x->cond_keys);
    ir_write_string(w, x->field);
  }
  out_uv(o, (uint64_t)f->ncalls);
  for (int c = 0; c < f->ncalls; c++) write_call(w, &f->calls[c]);
  out_uv(o, (uint64_t)f->nrets);
  for (int r = 0; r < f->nrets; r++) {
    out_sv(o, f->rets[r].nvals);
    for (int k = 0; k < f->rets[r].nvals && k < IR_RET_MAX_VALUES; k++) out_sv(o, f->rets[r].vals[k]);
  }
  out_uv(o, (uint64_t)f->ntests);
  for (int t = 0; t < f->ntests; t++) {
    out_sv(o, f->tests[t].var);
    out_sv(o, f->tests[t].call);
    out_sv(o, f->tests[t].value);
    out_sv(o, f->tests[t].group);
    out_sv(o, f->tests[t].block);
    ir_write_string(w, f->tests[t].const_name);
    write_loc(w, &f->tests[t].loc);
  }
  out_uv(o, (uint64_t)f->nblocks);
  for (int b = 0; b < f->nblocks; b++) write_block(w, &f->blocks[b]);
  out_sv(o, f->entry);
  out_sv(o, f->exit);
}

void ir_writer_finish(ir_writer *w, bytes_out *out) {
  out_uv(out, (uint64_t)w->nstrs);
  for (int i = 0; i < w->nstrs; i++) out_str(out, w->strs[i]);
  out_raw(out, w->body.data, w->body.len);
  free(w->body.data);
  free(w->strs);
  free(w->slots);
  free(w);
}

/* ---- reading ---- */

bool ir_reader_open(ir_reader *r, bytes_in in) {
  memset(r, 0, sizeof *r);
  r->in = in;
  r->nstr = in_count(&r->in, 1);
  r->str = xcalloc((size_t)r->nstr + 1, sizeof *r->str);
  r->len = xcalloc((size_t)r->nstr + 1, sizeof *r->len);
  for (int i = 0; i < r->nstr && !r->in.bad; i++) {
    r->str[i] = in_str_view(&r->in, &r->len[i]);
    if (!r->str[i]) r->in.bad = true; /* the table holds no NULL */
  }
  return !r->in.bad;
}

void ir_reader_use_arena(ir_reader *r, struct arena *a) {
  r->arena = a;
  free(r->interned);
  r->interned = xcalloc((size_t)r->nstr + 1, sizeof *r->interned);
}

void ir_reader_close(ir_reader *r) {
  free(r->str);
  free(r->len);
  free(r->interned);
  memset(r, 0, sizeof *r);
}

/* n zeroed elements of `size` bytes: in the arena, if any. */
static void *r_calloc(ir_reader *r, size_t n, size_t size) {
  return r->arena ? arena_calloc(r->arena, n, size) : xcalloc(n, size);
}

char *ir_read_string(ir_reader *r) {
  uint64_t i = in_uv(&r->in);
  if (r->in.bad || i == 0) return NULL;
  if (i > (uint64_t)r->nstr) {
    r->in.bad = true;
    return NULL;
  }
  if (r->arena) {
    if (!r->interned[i - 1]) r->interned[i - 1] = arena_strndup(r->arena, r->str[i - 1], r->len[i - 1]);
    return r->interned[i - 1];
  }
  char *s = xmalloc(r->len[i - 1] + 1);
  memcpy(s, r->str[i - 1], r->len[i - 1]);
  s[r->len[i - 1]] = '\0';
  return s;
}

int ir_read_count(ir_reader *r, size_t min_size) { return in_count(&r->in, min_size); }

static bool read_bool_bits(bytes_in *in, unsigned max_bits, unsigned *bits) {
  *bits = in_u8(in);
  if (*bits >> max_bits) in->bad = true;
  return !in->bad;
}

static void read_loc(ir_reader *r, ir_loc *l) {
  l->file = ir_read_string(r);
  uint64_t line = in_uv(&r->in), col = in_uv(&r->in);
  if (line > UINT_MAX || col > UINT_MAX) r->in.bad = true;
  l->line = (unsigned)line;
  l->col = (unsigned)col;
}

/* Indices are checked once the function's counts are all known. */
static void read_call(ir_reader *r, ir_call *c) {
  bytes_in *in = &r->in;
  c->callee = ir_read_string(r);
  c->callee_alias = ir_read_string(r);
  c->callee_type = ir_read_string(r);
  c->callee_fntype = ir_read_string(r);
  c->callee_field = ir_read_string(r);
  c->result_field = ir_read_string(r);
  c->macro = ir_read_string(r);
  unsigned bits;
  if (!read_bool_bits(in, 8, &bits)) return;
  c->via_pointer = bits & 1;
  c->callee_openssl = bits >> 1 & 1;
  c->result_returned = bits >> 2 & 1;
  c->result_escapes = bits >> 3 & 1;
  c->result_discarded = bits >> 4 & 1;
  c->has_clear_fix = bits >> 5 & 1;
  c->callee_system = bits >> 6 & 1;
  c->is_statement = bits >> 7 & 1;
  read_loc(r, &c->loc);
  c->nargs = in_count(in, 5);
  c->args = r_calloc(r, (size_t)c->nargs + 1, sizeof *c->args);
  for (int a = 0; a < c->nargs && !in->bad; a++) {
    ir_arg *arg = &c->args[a];
    arg->kind = (ir_arg_kind)in_int(in, ARG_OTHER, ARG_FUNCTION);
    arg->var = in_int(in, INT_MIN, INT_MAX);
    arg->value = in_sv(in);
    arg->call = in_int(in, INT_MIN, INT_MAX);
    unsigned wt = in_u8(in);
    if (wt > 1) in->bad = true;
    arg->writes_through = wt;
    arg->fn = ir_read_string(r);
    arg->addr_var = in_int(in, -1, INT_MAX);
    arg->param_field = in_int(in, -1, INT_MAX);
    arg->field = ir_read_string(r);
  }
  c->result_var = in_int(in, INT_MIN, INT_MAX);
  c->callee_param = in_int(in, -1, INT_MAX);
  c->result_param = in_int(in, -1, INT_MAX);
  read_loc(r, &c->fix_loc);
  c->fix_text = ir_read_string(r);
}

static void read_block(ir_reader *r, ir_block *b) {
  bytes_in *in = &r->in;
  b->nev = b->ev_cap = in_count(in, 8);
  b->ev = r_calloc(r, (size_t)b->nev + 1, sizeof *b->ev);
  for (int e = 0; e < b->nev && !in->bad; e++) {
    ir_event *ev = &b->ev[e];
    ev->kind = (ir_event_kind)in_int(in, EV_CALL, EV_STORE);
    ev->call = in_int(in, INT_MIN, INT_MAX);
    ev->var = in_int(in, INT_MIN, INT_MAX);
    ev->src_call = in_int(in, INT_MIN, INT_MAX);
    ev->ret = in_int(in, INT_MIN, INT_MAX);
    unsigned has_value = in_u8(in);
    if (has_value > 3) in->bad = true;
    ev->has_value = has_value & 1;
    ev->stores_pointer = has_value >> 1 & 1;
    ev->value = in_sv(in);
    ev->src_var = in_int(in, INT_MIN, INT_MAX);
    uint64_t target = in_uv(in);
    if (target > UINT32_MAX) in->bad = true;
    ev->target = (uint32_t)target;
    ev->cmp_call1 = in_int(in, 0, INT_MAX);
    unsigned op = in_u8(in);
    if (op > CMP_NE) in->bad = true;
    ev->cmp_op = (ir_cmp_op)op;
    ev->cmp_k = in_sv(in);
  }
  b->nsucc = in_count(in, 3);
  b->succ = r_calloc(r, (size_t)b->nsucc + 1, sizeof *b->succ);
  for (int e = 0; e < b->nsucc && !in->bad; e++) {
    b->succ[e].to = in_int(in, INT_MIN, INT_MAX);
    unsigned k = in_u8(in);
    if ((k & 15) > IR_EDGE_DEFAULT || k >> 5) in->bad = true;
    b->succ[e].kind = (ir_edge_kind)(k & 15);
    b->succ[e].has_value = k >> 4 & 1;
    b->succ[e].value = in_sv(in);
  }
  b->cond_call = in_int(in, INT_MIN, INT_MAX);
  b->cond_var = in_int(in, INT_MIN, INT_MAX);
  unsigned nz = in_u8(in);
  if (nz > 3) in->bad = true;
  b->cond_true_nonzero = nz & 1;
  b->tests_eagain = nz >> 1 & 1;
  b->cmp_var = in_int(in, INT_MIN, INT_MAX);
  b->cmp_call = in_int(in, INT_MIN, INT_MAX);
  b->cmp_op = (ir_cmp_op)in_int(in, CMP_NONE, CMP_NE);
  b->cond_key1 = in_int(in, -IR_MAX_COND_KEYS, IR_MAX_COND_KEYS);
  b->cmp_k = in_sv(in);
  b->rng_var = in_int(in, INT_MIN, INT_MAX);
  b->rng_var2 = in_int(in, INT_MIN, INT_MAX);
  b->rng_op = (ir_cmp_op)in_int(in, CMP_NONE, CMP_NE);
  b->rng_k = in_sv(in);
  read_loc(r, &b->loc);
  read_loc(r, &b->cond_loc);
  b->cond_text = ir_read_string(r);
}

/* -1 (none) or an index below n. */
static bool opt_index(int i, int n) { return i >= -1 && i < n; }
static bool index_in(int i, int n) { return i >= 0 && i < n; }

/* What the analysis relies on: every index names something of this function. */
static bool indices_valid(const ir_function *f) {
  if (f->nparams > f->nvars) return false;
  for (int v = 0; v < f->nvars; v++)
    if (!opt_index(f->vars[v].path_root, f->nvars)) return false;
  for (int c = 0; c < f->ncalls; c++) {
    const ir_call *call = &f->calls[c];
    if (!opt_index(call->result_var, f->nvars)) return false;
    if (!opt_index(call->callee_param, f->nparams) || !opt_index(call->result_param, f->nparams)) return false;
    for (int a = 0; a < call->nargs; a++) {
      const ir_arg *arg = &call->args[a];
      if (arg->kind == ARG_VAR && !index_in(arg->var, f->nvars)) return false;
      if (arg->kind == ARG_CALL && !index_in(arg->call, f->ncalls)) return false;
      if (!opt_index(arg->var, f->nvars) || !opt_index(arg->call, f->ncalls)) return false;
    }
  }
  for (int i = 0; i < f->nrets; i++)
    if (f->rets[i].nvals < -1 || f->rets[i].nvals > IR_RET_MAX_VALUES) return false;
  for (int t = 0; t < f->ntests; t++)
    if (!opt_index(f->tests[t].var, f->nvars) || !opt_index(f->tests[t].call, f->ncalls) ||
        !opt_index(f->tests[t].block, f->nblocks))
      return false;
  if (f->nblocks == 0 || !index_in(f->entry, f->nblocks) || !index_in(f->exit, f->nblocks)) return false;
  for (int b = 0; b < f->nblocks; b++) {
    const ir_block *bl = &f->blocks[b];
    for (int e = 0; e < bl->nev; e++) {
      const ir_event *ev = &bl->ev[e];
      if (!opt_index(ev->call, f->ncalls) || !opt_index(ev->var, f->nvars) ||
          !opt_index(ev->src_call, f->ncalls) || !opt_index(ev->ret, f->nrets) ||
          !opt_index(ev->src_var, f->nvars) || ev->cmp_call1 > f->ncalls)
        return false;
      if (ev->kind == EV_CALL && ev->call < 0) return false;
      if (ev->kind == EV_DEF && ev->var < 0) return false;
    }
    for (int e = 0; e < bl->nsucc; e++)
      if (!index_in(bl->succ[e].to, f->nblocks)) return false;
    if (!opt_index(bl->cond_call, f->ncalls) || !opt_index(bl->cond_var, f->nvars) ||
        !opt_index(bl->cmp_var, f->nvars) || !opt_index(bl->cmp_call, f->ncalls) ||
        !opt_index(bl->rng_var, f->nvars) || !opt_index(bl->rng_var2, f->nvars))
      return false;
  }
  return true;
}

ir_function *ir_read_function(ir_reader *r) {
  bytes_in *in = &r->in;
  if (in->bad) return NULL;
  ir_function *f = r_calloc(r, 1, sizeof *f);
  f->name = ir_read_string(r);
  f->fntype = ir_read_string(r);
  unsigned bits;
  if (read_bool_bits(in, 8, &bits)) {
    f->is_static = bits & 1;
    f->in_header = bits >> 1 & 1;
    f->returns_int_like = bits >> 2 & 1;
    f->tests_eagain = bits >> 3 & 1;
    f->returns_bool = bits >> 4 & 1;
    f->has_asm = bits >> 5 & 1;
    f->stores_errno = bits >> 6 & 1;
    f->returns_pointer = bits >> 7 & 1;
  }
  read_loc(r, &f->loc);
  uint64_t end_line = in_uv(in);
  if (end_line > UINT_MAX) in->bad = true;
  f->end_line = (unsigned)end_line;
  f->nparams = in_count(in, 0);
  f->nvars = in_count(in, 2);
  f->vars = r_calloc(r, (size_t)f->nvars + 1, sizeof *f->vars);
  for (int v = 0; v < f->nvars && !in->bad; v++) {
    ir_var *x = &f->vars[v];
    if (!read_bool_bits(in, 8, &bits)) break;
    x->returned = bits & 1;
    x->escapes = bits >> 1 & 1;
    x->addr_taken = bits >> 2 & 1;
    x->int_like = bits >> 3 & 1;
    x->wide = bits >> 4 & 1;
    x->pointer = bits >> 5 & 1;
    x->is_unsigned = bits >> 6 & 1;
    x->opaque_reads = bits >> 7 & 1;
    x->path_root = in_int(in, INT_MIN, INT_MAX);
    if (!read_bool_bits(in, 4, &bits)) break;
    x->addr_args_only = bits & 1;
    x->is_global = bits >> 1 & 1;
    x->hidden_reads = bits >> 2 & 1;
    x->is_bool = bits >> 3 & 1;
    uint64_t keys = in_uv(in);
    if (keys > UINT32_MAX) in->bad = true;
    x->cond_keys = (uint32_t)keys;
    x->field = ir_read_string(r);
  }
  f->ncalls = f->calls_cap = in_count(in, 12);
  f->calls = r_calloc(r, (size_t)f->ncalls + 1, sizeof *f->calls);
  for (int c = 0; c < f->ncalls && !in->bad; c++) read_call(r, &f->calls[c]);
  f->nrets = f->rets_cap = in_count(in, 1);
  f->rets = r_calloc(r, (size_t)f->nrets + 1, sizeof *f->rets);
  for (int i = 0; i < f->nrets && !in->bad; i++) {
    f->rets[i].nvals = in_int(in, -1, IR_RET_MAX_VALUES);
    for (int k = 0; k < f->rets[i].nvals && !in->bad; k++) f->rets[i].vals[k] = in_sv(in);
  }
  f->ntests = f->tests_cap = in_count(in, 9);
  f->tests = r_calloc(r, (size_t)f->ntests + 1, sizeof *f->tests);
  for (int t = 0; t < f->ntests && !in->bad; t++) {
    f->tests[t].var = in_int(in, INT_MIN, INT_MAX);
    f->tests[t].call = in_int(in, INT_MIN, INT_MAX);
    f->tests[t].value = in_sv(in);
    f->tests[t].group = in_int(in, INT_MIN, INT_MAX);
    f->tests[t].block = in_int(in, INT_MIN, INT_MAX);
    f->tests[t].const_name = ir_read_string(r);
    read_loc(r, &f->tests[t].loc);
  }
  f->nblocks = in_count(in, 16);
  f->blocks = r_calloc(r, (size_t)f->nblocks + 1, sizeof *f->blocks);
  for (int b = 0; b < f->nblocks && !in->bad; b++) read_block(r, &f->blocks[b]);
  f->entry = in_int(in, INT_MIN, INT_MAX);
  f->exit = in_int(in, INT_MIN, INT_MAX);
  if (in->bad || !f->name || !f->loc.file || !indices_valid(f)) {
    in->bad = true;
    if (!r->arena) ir_function_free(f); /* else it goes with the arena */
    return NULL;
  }
  return f;
}
