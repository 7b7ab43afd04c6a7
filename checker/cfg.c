#include "cfg.h"

#include "cursor.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

CXCursor cfg_strip(CXCursor c) {
  for (;;) {
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr) return c;
    cursor_list l = cursor_children(c);
    if (l.n != 1 || !clang_isExpression(clang_getCursorKind(l.v[0]))) {
      free(l.v);
      return c;
    }
    c = l.v[0];
    free(l.v);
  }
}

/* ---- graph primitives ---- */

static int new_block(cfg *g) {
  cfg_block b = {0};
  VEC_PUSH(g->blocks, g->nblocks, g->cap, b);
  return g->nblocks - 1;
}

static void add_edge(cfg *g, int from, int to, cfg_edge_kind kind) {
  if (from < 0) return;
  cfg_block *b = &g->blocks[from];
  cfg_edge e = {.to = to, .kind = kind};
  VEC_PUSH(b->succs, b->nsuccs, b->succs_cap, e);
}

typedef struct {
  char *name;
  int block;
} label_entry;

typedef struct {
  int from;
  char *name; /* NULL: indirect goto, to every label */
} pending_goto;

typedef struct {
  cfg *g;
  int cur;           /* block receiving elements; -1 after a jump */
  int brk, cont;     /* targets of break and continue; -1 outside loops */
  int sw_block;      /* block of the innermost switch; -1 outside */
  bool *sw_has_default;
  CXCursor simple_stmt; /* the simple statement being built, directly in a `{ }` */
  signed char arm;      /* the arm of a returned `? :` whose return is being added, or 0 */
  CXCursor sw_subject;  /* the innermost switch's controlling expression */
  bool chained_label;   /* the case label being built is the sub-statement of another */
  int or_depth;         /* inside an `||` chain already recorded */
  label_entry *labels;
  int nlabels, labels_cap;
  pending_goto *gotos;
  int ngotos, gotos_cap;
} builder;

static int cur_block(builder *b) {
  if (b->cur < 0) b->cur = new_block(b->g); /* code after a jump: unreachable */
  return b->cur;
}

static void add_elem(builder *b, CXCursor c) {
  int id = cur_block(b); /* before taking the address: it may grow the array */
  cfg_block *blk = &b->g->blocks[id];
  if (blk->nelems == blk->elems_cap) {
    blk->elems_cap = blk->elems_cap ? blk->elems_cap * 2 : 8;
    blk->elems = xrealloc(blk->elems, (size_t)blk->elems_cap * sizeof *blk->elems);
    blk->elem_stmts = xrealloc(blk->elem_stmts, (size_t)blk->elems_cap * sizeof *blk->elem_stmts);
    blk->elem_arms = xrealloc(blk->elem_arms, (size_t)blk->elems_cap * sizeof *blk->elem_arms);
  }
  blk->elem_stmts[blk->nelems] = b->simple_stmt;
  blk->elem_arms[blk->nelems] = b->arm;
  blk->elems[blk->nelems++] = c;
}

static void jump(builder *b, int to) {
  add_edge(b->g, b->cur, to, EDGE_ALWAYS);
  b->cur = -1;
}

static int label_block(builder *b, const char *name) {
  for (int i = 0; i < b->nlabels; i++)
    if (!strcmp(b->labels[i].name, name)) return b->labels[i].block;
  label_entry e = {xstrdup(name), new_block(b->g)};
  VEC_PUSH(b->labels, b->nlabels, b->labels_cap, e);
  return e.block;
}

/* ---- constants ---- */

bool cfg_int_literal(CXCursor c, long long *v) {
  c = cfg_strip(c);
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CStyleCastExpr) {
    cursor_list l = cursor_children(c);
    bool ok = l.n > 0 && cfg_int_literal(l.v[l.n - 1], v);
    free(l.v);
    return ok;
  }
  if (k != CXCursor_IntegerLiteral && k != CXCursor_CharacterLiteral) return false;
  return cfg_eval_int(c, v);
}

bool cfg_eval_int(CXCursor c, long long *v) {
  CXEvalResult r = clang_Cursor_Evaluate(c);
  if (!r) return false;
  bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
  if (ok) *v = clang_EvalResult_getAsLongLong(r);
  clang_EvalResult_dispose(r);
  return ok;
}

/* ---- expressions ---- */

static void stmt(builder *b, CXCursor c);
static void expr(builder *b, CXCursor c);

/* Emit the branch on condition c: control goes to t when c is true, f when false. */
static void record_or_root(builder *b, CXCursor s) {
  cfg *g = b->g;
  if (b->or_depth == 0) VEC_PUSH(g->or_roots, g->nor_roots, g->or_roots_cap, s);
}

/* A branch-prediction hint: `__builtin_expect(X, K)`, whose value is X's. */
static bool is_expect_hint(CXCursor s) {
  if (clang_getCursorKind(s) != CXCursor_CallExpr || clang_Cursor_getNumArguments(s) != 2) return false;
  char *name = cx_take(clang_getCursorSpelling(s));
  bool hint = !strcmp(name, "__builtin_expect");
  free(name);
  return hint;
}

/* `X ? 1 : 0` (*negate false) or `X ? 0 : 1` (true): X as a truth value. */
static bool is_truth_ternary(CXCursor s, bool *negate) {
  if (clang_getCursorKind(s) != CXCursor_ConditionalOperator) return false;
  cursor_list l = cursor_children(s);
  long long a, z;
  bool ok = l.n == 3 && cfg_int_literal(cfg_strip(l.v[1]), &a) && cfg_int_literal(cfg_strip(l.v[2]), &z) &&
            ((a == 1 && z == 0) || (a == 0 && z == 1));
  if (ok) *negate = a == 0;
  free(l.v);
  return ok;
}

/* The condition a hint macro wraps (`likely(x)`, `unlikely(x)`: glibc-style
 * `__builtin_expect((x) ? 1 : 0, 0) != 0`, `__builtin_expect(!!(x), 1)`):
 * its operand X, with *negate set when the wrapper means !X; false when s is
 * no such wrapper. */
static bool unwrap_hint(CXCursor s, CXCursor *inner, bool *negate) {
  *negate = false;
  if (clang_getCursorKind(s) == CXCursor_BinaryOperator) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
    if (op != CXBinaryOperator_NE && op != CXBinaryOperator_EQ) return false;
    cursor_list l = cursor_children(s);
    long long zero;
    int other = l.n != 2 ? -1 : cfg_int_literal(cfg_strip(l.v[1]), &zero) && zero == 0 ? 0
                            : cfg_int_literal(cfg_strip(l.v[0]), &zero) && zero == 0 ? 1
                                                                                      : -1;
    bool unused;
    CXCursor o = other >= 0 ? cfg_strip(l.v[other]) : clang_getNullCursor();
    bool ok = other >= 0 && (is_expect_hint(o) || is_truth_ternary(o, &unused));
    if (ok) {
      *inner = l.v[other];
      *negate = op == CXBinaryOperator_EQ;
    }
    free(l.v);
    return ok;
  }
  if (is_expect_hint(s)) {
    *inner = clang_Cursor_getArgument(s, 0);
    return true;
  }
  if (is_truth_ternary(s, negate)) {
    cursor_list l = cursor_children(s);
    *inner = l.v[0];
    free(l.v);
    return true;
  }
  return false;
}

static void cond(builder *b, CXCursor c, int t, int f) {
  CXCursor s = cfg_strip(c), inner;
  bool negate;
  for (int depth = 0; depth < 8 && unwrap_hint(s, &inner, &negate); depth++) {
    if (negate) {
      int swap = t;
      t = f;
      f = swap;
    }
    c = inner;
    s = cfg_strip(c);
  }
  enum CXCursorKind k = clang_getCursorKind(s);
  if (k == CXCursor_BinaryOperator) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
    if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
      cursor_list l = cursor_children(s);
      if (l.n == 2) {
        bool or = op == CXBinaryOperator_LOr;
        if (or) record_or_root(b, s);
        int saved_depth = b->or_depth; /* an && starts afresh: an || under it is a new chain */
        b->or_depth = or ? b->or_depth + 1 : 0;
        int mid = new_block(b->g);
        if (op == CXBinaryOperator_LAnd) cond(b, l.v[0], mid, f);
        else cond(b, l.v[0], t, mid);
        b->cur = mid;
        cond(b, l.v[1], t, f);
        b->or_depth = saved_depth;
        free(l.v);
        return;
      }
      free(l.v);
    } else if (op == CXBinaryOperator_Comma) { /* `while (n = SSL_read(...), n > 0)`: the right operand decides */
      cursor_list l = cursor_children(s);
      if (l.n == 2) {
        expr(b, l.v[0]);
        cond(b, l.v[1], t, f);
        free(l.v);
        return;
      }
      free(l.v);
    }
  } else if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
    cursor_list l = cursor_children(s);
    if (l.n == 1) {
      cond(b, l.v[0], f, t);
      free(l.v);
      return;
    }
    free(l.v);
  }
  long long v;
  if (cfg_int_literal(s, &v)) { /* while (1), do ... while (0), if (0) */
    cur_block(b);
    jump(b, v ? t : f);
    return;
  }
  expr(b, c);
  int id = cur_block(b); /* before taking the address: it may grow the array */
  cfg_block *blk = &b->g->blocks[id];
  blk->has_cond = true;
  blk->cond = c;
  add_edge(b->g, b->cur, t, EDGE_TRUE);
  add_edge(b->g, b->cur, f, EDGE_FALSE);
  b->cur = -1;
}

/* The arms of `c ? x : y` (arms: its children), each followed by `elem`: as
 * `if (c) { x; elem } else { y; elem }`. An assignment's arms meet again in
 * a block of their own, where the build goes on; a return's (`returns`) go
 * to the exit, each element tagged with its arm (cfg_block.elem_arms). */
static void per_arm(builder *b, const cursor_list *arms, CXCursor elem, bool returns) {
  int t = new_block(b->g), f = new_block(b->g), to = returns ? b->g->exit : new_block(b->g);
  cond(b, arms->v[0], t, f);
  for (int arm = 0; arm < 2; arm++) {
    b->cur = arm ? f : t;
    expr(b, arms->v[1 + arm]);
    b->arm = (signed char)(1 + arm);
    add_elem(b, elem);
    b->arm = 0;
    jump(b, to);
  }
  b->cur = returns ? -1 : to;
}

/* `v = c ? f(...) : g(...)`, or with one arm a call (`n <= 0 ?
 * SSL_get_error(s, n) : SSL_ERROR_NONE`) (value: the `? :`, elem: the
 * assignment or the declaration): as `if (c) v = f(...); else v = g(...);`,
 * so that v holds the call's result on its own way. False, and nothing
 * built, for any other value. */
static bool assign_per_arm(builder *b, CXCursor value, CXCursor elem) {
  value = cfg_strip(value);
  if (clang_getCursorKind(value) != CXCursor_ConditionalOperator) return false;
  cursor_list arms = cursor_children(value);
  bool calls = arms.n == 3 && (clang_getCursorKind(cfg_strip(arms.v[1])) == CXCursor_CallExpr ||
                               clang_getCursorKind(cfg_strip(arms.v[2])) == CXCursor_CallExpr);
  if (calls) per_arm(b, &arms, elem, false);
  free(arms.v);
  return calls;
}

/* `return c ? x : y;` (ret: the return statement): as `if (c) return x; else
 * return y;`, so that each arm's value, and what the queue is where it is
 * returned, stays its own (`return n > 0 ? n : classify(s, n);`). False, and
 * nothing built, for any other return. */
static bool return_per_arm(builder *b, CXCursor ret) {
  cursor_list l = cursor_children(ret);
  CXCursor value = l.n == 1 ? cfg_strip(l.v[0]) : clang_getNullCursor();
  free(l.v);
  if (clang_Cursor_isNull(value) || clang_getCursorKind(value) != CXCursor_ConditionalOperator) return false;
  cursor_list arms = cursor_children(value);
  bool split = arms.n == 3;
  if (split) per_arm(b, &arms, ret, true);
  free(arms.v);
  return split;
}

static void expr_children(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  for (int i = 0; i < l.n; i++) expr(b, l.v[i]);
  free(l.v);
}

static void expr(builder *b, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  switch (k) {
  case CXCursor_BinaryOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
      int join = new_block(b->g);
      cond(b, c, join, join);
      b->cur = join;
      return;
    }
    if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) {
      cfg_equality eq = {c, cur_block(b)};
      VEC_PUSH(b->g->equalities, b->g->nequalities, b->g->equalities_cap, eq);
    }
    if (op == CXBinaryOperator_Assign) {
      cursor_list l = cursor_children(c);
      if (l.n == 2 && assign_per_arm(b, l.v[1], c)) {
        free(l.v);
        return;
      }
      for (int i = l.n - 1; i >= 0; i--) expr(b, l.v[i]); /* right side first */
      free(l.v);
      add_elem(b, c);
      return;
    }
    expr_children(b, c);
    return;
  }
  case CXCursor_CompoundAssignOperator:
    expr_children(b, c);
    add_elem(b, c);
    return;
  case CXCursor_ConditionalOperator: {
    cursor_list l = cursor_children(c);
    if (l.n == 3) {
      int t = new_block(b->g), f = new_block(b->g), join = new_block(b->g);
      cond(b, l.v[0], t, f);
      b->cur = t;
      expr(b, l.v[1]);
      jump(b, join);
      b->cur = f;
      expr(b, l.v[2]);
      jump(b, join);
      b->cur = join;
    } else {
      for (int i = 0; i < l.n; i++) expr(b, l.v[i]);
    }
    free(l.v);
    return;
  }
  case CXCursor_CallExpr:
    expr_children(b, c);
    add_elem(b, c);
    return;
  case CXCursor_UnaryExpr: /* sizeof, _Alignof: operand not evaluated */
    return;
  case CXCursor_UnaryOperator:
    expr_children(b, c);
    switch (clang_getCursorUnaryOperatorKind(c)) {
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec: add_elem(b, c); break; /* a definition of its operand */
    case CXUnaryOperator_AddrOf: {
      cursor_list l = cursor_children(c);
      if (l.n == 1) VEC_PUSH(b->g->addr_taken, b->g->naddr_taken, b->g->addr_taken_cap, l.v[0]);
      free(l.v);
      break;
    }
    default: break;
    }
    return;
  default:
    if (clang_isStatement(k)) {
      stmt(b, c); /* statement expression ({ ... }) */
      return;
    }
    expr_children(b, c);
    return;
  }
}

/* ---- statements ---- */

static void if_stmt(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  if (l.n < 2) {
    for (int i = 0; i < l.n; i++) expr(b, l.v[i]);
    free(l.v);
    return;
  }
  int t = new_block(b->g), join = new_block(b->g);
  int f = l.n > 2 ? new_block(b->g) : join;
  cond(b, l.v[0], t, f);
  b->cur = t;
  stmt(b, l.v[1]);
  jump(b, join);
  if (l.n > 2) {
    b->cur = f;
    stmt(b, l.v[2]);
    jump(b, join);
  }
  b->cur = join;
  free(l.v);
}

static void loop_body(builder *b, CXCursor body, int brk, int cont) {
  int saved_brk = b->brk, saved_cont = b->cont;
  b->brk = brk;
  b->cont = cont;
  stmt(b, body);
  b->brk = saved_brk;
  b->cont = saved_cont;
}

static void while_stmt(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  if (l.n != 2) {
    for (int i = 0; i < l.n; i++) stmt(b, l.v[i]);
    free(l.v);
    return;
  }
  int head = new_block(b->g), body = new_block(b->g), exit = new_block(b->g);
  jump(b, head);
  b->cur = head;
  cond(b, l.v[0], body, exit);
  b->cur = body;
  loop_body(b, l.v[1], exit, head);
  jump(b, head);
  b->cur = exit;
  free(l.v);
}

static void do_stmt(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  if (l.n != 2) {
    for (int i = 0; i < l.n; i++) stmt(b, l.v[i]);
    free(l.v);
    return;
  }
  int body = new_block(b->g), test = new_block(b->g), exit = new_block(b->g);
  jump(b, body);
  b->cur = body;
  loop_body(b, l.v[0], exit, test);
  jump(b, test);
  b->cur = test;
  cond(b, l.v[1], body, exit);
  b->cur = exit;
  free(l.v);
}

static unsigned offset_of(CXSourceLocation loc) {
  unsigned off;
  clang_getSpellingLocation(loc, NULL, NULL, NULL, &off);
  return off;
}

/* libclang omits the absent parts of `for (init; cond; inc) body`; tell the parts
 * apart by where each child starts relative to the two semicolons. */
static void for_parts(CXCursor c, const cursor_list *l, CXCursor *parts[4]) {
  for (int i = 0; i < 4; i++) parts[i] = NULL;
  if (l->n == 0) return;
  parts[3] = &l->v[l->n - 1];
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
  CXToken *toks = NULL;
  unsigned ntoks = 0;
  CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(c));
  unsigned expansion_off;
  clang_getExpansionLocation(start, NULL, NULL, NULL, &expansion_off);
  bool from_macro = expansion_off != offset_of(start);
  if (!from_macro) clang_tokenize(tu, clang_getCursorExtent(c), &toks, &ntoks);
  unsigned semi[2] = {0, 0}, nsemi = 0, close = 0;
  bool ok = false;
  if (ntoks > 2) {
    CXString first = clang_getTokenSpelling(tu, toks[0]);
    bool is_for = !strcmp(clang_getCString(first), "for");
    clang_disposeString(first);
    int depth = 0;
    for (unsigned i = 1; is_for && i < ntoks; i++) {
      CXString s = clang_getTokenSpelling(tu, toks[i]);
      const char *t = clang_getCString(s);
      if (!strcmp(t, "(")) depth++;
      else if (!strcmp(t, ")") && --depth == 0) {
        close = offset_of(clang_getTokenLocation(tu, toks[i]));
        ok = nsemi == 2;
        clang_disposeString(s);
        break;
      } else if (!strcmp(t, ";") && depth == 1 && nsemi < 2)
        semi[nsemi++] = offset_of(clang_getTokenLocation(tu, toks[i]));
      clang_disposeString(s);
    }
  }
  if (toks) clang_disposeTokens(tu, toks, ntoks);
  if (ok) {
    for (int i = 0; i < l->n - 1; i++) {
      unsigned off = offset_of(clang_getRangeStart(clang_getCursorExtent(l->v[i])));
      int slot = off < semi[0] ? 0 : off < semi[1] ? 1 : off < close ? 2 : -1;
      if (slot >= 0) parts[slot] = &l->v[i];
    }
    return;
  }
  /* The loop comes from a macro: guess from the number of parts. */
  int rest = l->n - 1, i = 0;
  bool decl_first = rest > 0 && clang_getCursorKind(l->v[0]) == CXCursor_DeclStmt;
  if (rest == 3 || decl_first) parts[0] = &l->v[i++];
  if (i < rest) parts[1] = &l->v[i++];
  if (i < rest) parts[2] = &l->v[i++];
}

/* The variable and constant of `v = K` or `int v = K`. */
static bool init_constant(CXCursor init, CXCursor *var, long long *k) {
  cursor_list l = cursor_children(init);
  bool ok = false;
  if (clang_getCursorKind(init) == CXCursor_DeclStmt && l.n == 1 &&
      clang_getCursorKind(l.v[0]) == CXCursor_VarDecl) {
    cursor_list parts = cursor_children(l.v[0]);
    ok = parts.n >= 1 && cfg_int_literal(parts.v[parts.n - 1], k);
    *var = l.v[0];
    free(parts.v);
  } else if (clang_getCursorKind(init) == CXCursor_BinaryOperator && l.n == 2 &&
             clang_getCursorBinaryOperatorKind(init) == CXBinaryOperator_Assign) {
    CXCursor lhs = cfg_strip(l.v[0]);
    ok = clang_getCursorKind(lhs) == CXCursor_DeclRefExpr && cfg_int_literal(l.v[1], k);
    *var = clang_getCursorReferenced(lhs);
  }
  free(l.v);
  return ok;
}

/* `for (i = 0; i < 10; ...)`: the first test is known to pass, so the body
 * runs at least once (no path that skips the loop). */
static bool first_test_passes(CXCursor init, CXCursor test) {
  CXCursor var;
  long long k, bound;
  if (!init_constant(init, &var, &k)) return false;
  test = cfg_strip(test);
  if (clang_getCursorKind(test) != CXCursor_BinaryOperator) return false;
  cursor_list l = cursor_children(test);
  bool ok = false;
  if (l.n == 2) {
    CXCursor lhs = cfg_strip(l.v[0]);
    if (clang_getCursorKind(lhs) == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCursorReferenced(lhs), var) && cfg_int_literal(l.v[1], &bound)) {
      switch (clang_getCursorBinaryOperatorKind(test)) {
      case CXBinaryOperator_LT: ok = k < bound; break;
      case CXBinaryOperator_LE: ok = k <= bound; break;
      case CXBinaryOperator_GT: ok = k > bound; break;
      case CXBinaryOperator_GE: ok = k >= bound; break;
      case CXBinaryOperator_NE: ok = k != bound; break;
      default: break;
      }
    }
  }
  free(l.v);
  return ok;
}

static void for_stmt(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  CXCursor *p[4];
  for_parts(c, &l, p);
  if (!p[3]) {
    free(l.v);
    return;
  }
  if (p[0]) stmt(b, *p[0]);
  int head = new_block(b->g), body = new_block(b->g), inc = new_block(b->g),
      exit = new_block(b->g);
  jump(b, p[0] && p[1] && first_test_passes(*p[0], *p[1]) ? body : head);
  b->cur = head;
  if (p[1]) cond(b, *p[1], body, exit);
  else jump(b, body);
  b->cur = body;
  loop_body(b, *p[3], exit, inc);
  jump(b, inc);
  b->cur = inc;
  if (p[2]) expr(b, *p[2]);
  jump(b, head);
  b->cur = exit;
  free(l.v);
}

static void switch_stmt(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  if (l.n < 2) {
    for (int i = 0; i < l.n; i++) expr(b, l.v[i]);
    free(l.v);
    return;
  }
  CXCursor controlling = l.v[l.n - 2];
  expr(b, controlling);
  int sw = cur_block(b);
  b->g->blocks[sw].has_cond = true;
  b->g->blocks[sw].cond = controlling;
  int exit = new_block(b->g);
  int saved_sw = b->sw_block, saved_brk = b->brk;
  bool *saved_def = b->sw_has_default, has_default = false;
  CXCursor saved_subject = b->sw_subject;
  b->sw_subject = controlling;
  b->sw_block = sw;
  b->sw_has_default = &has_default;
  b->brk = exit;
  b->cur = -1;
  stmt(b, l.v[l.n - 1]);
  jump(b, exit);
  if (!has_default) add_edge(b->g, sw, exit, EDGE_DEFAULT);
  b->sw_block = saved_sw;
  b->sw_subject = saved_subject;
  b->sw_has_default = saved_def;
  b->brk = saved_brk;
  b->cur = exit;
  free(l.v);
}

static void case_stmt(builder *b, CXCursor c, bool is_default) {
  cursor_list l = cursor_children(c);
  int blk = new_block(b->g);
  jump(b, blk); /* fall-through from the previous case */
  if (b->sw_block >= 0) {
    add_edge(b->g, b->sw_block, blk, is_default ? EDGE_DEFAULT : EDGE_CASE);
    cfg_block *sw = &b->g->blocks[b->sw_block];
    cfg_edge *e = &sw->succs[sw->nsuccs - 1];
    /* `case A ... B:` (GNU, three children) has no single value */
    if (!is_default && l.n == 2) e->has_value = cfg_eval_int(l.v[0], &e->value);
    if (is_default) *b->sw_has_default = true;
    if (!b->chained_label) b->g->label_groups++;
    if (e->has_value) {
      cfg_case_label label = {b->sw_subject, e->value, b->g->label_groups, l.v[0], b->sw_block};
      VEC_PUSH(b->g->labels, b->g->nlabels, b->g->labels_cap, label);
    }
  }
  b->cur = blk;
  if (l.n > 0) {
    enum CXCursorKind sub = clang_getCursorKind(l.v[l.n - 1]);
    b->chained_label = sub == CXCursor_CaseStmt || sub == CXCursor_DefaultStmt;
    stmt(b, l.v[l.n - 1]);
    b->chained_label = false;
  }
  free(l.v);
}

static char *spelling(CXCursor c) { return cx_take(clang_getCursorSpelling(c)); }

static void decl_stmt(builder *b, CXCursor c) {
  cursor_list l = cursor_children(c);
  for (int i = 0; i < l.n; i++) {
    if (clang_getCursorKind(l.v[i]) != CXCursor_VarDecl) continue;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(l.v[i]);
    if (sc == CX_SC_Static || sc == CX_SC_Extern) continue;
    cursor_list parts = cursor_children(l.v[i]);
    int init = -1;
    for (int j = 0; j < parts.n; j++)
      if (clang_isExpression(clang_getCursorKind(parts.v[j]))) init = j;
    if (init >= 0 && !assign_per_arm(b, parts.v[init], l.v[i])) {
      expr(b, parts.v[init]);
      add_elem(b, l.v[i]);
    }
    free(parts.v);
  }
  free(l.v);
}

/* A statement that is a call of a function declared noreturn (`exit`,
 * `abort`, `void fatal(...) __attribute__((noreturn))`), as its type says;
 * `(void)f(...)` too. (A C11 `_Noreturn` is not in the type's spelling.) */
CXCursor cfg_strip_casts(CXCursor e, bool (*through)(CXType cast_type)) {
  for (int depth = 0; depth < 16; depth++) {
    e = cfg_strip(e);
    if (clang_getCursorKind(e) != CXCursor_CStyleCastExpr) break;
    if (through && !through(clang_getCursorType(e))) break;
    cursor_list l = cursor_children(e);
    CXCursor inner = l.n > 0 ? l.v[l.n - 1] : clang_getNullCursor(); /* a cast's operand is last */
    free(l.v);
    if (clang_Cursor_isNull(inner)) break;
    e = inner;
  }
  return e;
}

static bool is_void(CXType t) { return t.kind == CXType_Void; }

CXCursor cfg_strip_void_cast(CXCursor s) { return cfg_strip_casts(s, is_void); }

static bool calls_noreturn(CXCursor c) {
  c = cfg_strip_void_cast(c);
  if (clang_getCursorKind(c) != CXCursor_CallExpr) return false;
  CXCursor callee = clang_getCursorReferenced(c);
  if (clang_getCursorKind(callee) != CXCursor_FunctionDecl) return false;
  CXString t = clang_getTypeSpelling(clang_getCursorType(callee));
  bool noreturn = strstr(clang_getCString(t), "__attribute__((noreturn))") != NULL;
  clang_disposeString(t);
  return noreturn;
}

static void stmt(builder *b, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  switch (k) {
  case CXCursor_CompoundStmt: {
    cursor_list l = cursor_children(c);
    CXCursor saved = b->simple_stmt;
    for (int i = 0; i < l.n; i++) {
      enum CXCursorKind ck = clang_getCursorKind(l.v[i]);
      bool simple = ck == CXCursor_DeclStmt || ck == CXCursor_ReturnStmt || clang_isExpression(ck);
      b->simple_stmt = simple ? l.v[i] : clang_getNullCursor();
      stmt(b, l.v[i]);
    }
    b->simple_stmt = saved;
    free(l.v);
    return;
  }
  case CXCursor_DeclStmt: decl_stmt(b, c); return;
  case CXCursor_IfStmt: if_stmt(b, c); return;
  case CXCursor_WhileStmt: while_stmt(b, c); return;
  case CXCursor_DoStmt: do_stmt(b, c); return;
  case CXCursor_ForStmt: for_stmt(b, c); return;
  case CXCursor_SwitchStmt: switch_stmt(b, c); return;
  case CXCursor_CaseStmt: case_stmt(b, c, false); return;
  case CXCursor_DefaultStmt: case_stmt(b, c, true); return;
  case CXCursor_BreakStmt:
    if (b->brk >= 0) jump(b, b->brk);
    return;
  case CXCursor_ContinueStmt:
    if (b->cont >= 0) jump(b, b->cont);
    return;
  case CXCursor_ReturnStmt:
    if (!return_per_arm(b, c)) {
      expr_children(b, c);
      add_elem(b, c);
    }
    jump(b, b->g->exit);
    return;
  case CXCursor_GotoStmt:
  case CXCursor_IndirectGotoStmt: {
    pending_goto pg = {cur_block(b), NULL};
    if (k == CXCursor_GotoStmt) {
      cursor_list l = cursor_children(c);
      if (l.n > 0) pg.name = spelling(l.v[0]);
      free(l.v);
      if (!pg.name) pg.name = xstrdup("");
    } else {
      expr_children(b, c);
      pg.from = cur_block(b);
    }
    VEC_PUSH(b->gotos, b->ngotos, b->gotos_cap, pg);
    b->cur = -1;
    return;
  }
  case CXCursor_LabelStmt: {
    char *name = spelling(c);
    int blk = label_block(b, name);
    free(name);
    jump(b, blk);
    b->cur = blk;
    cursor_list l = cursor_children(c);
    if (l.n > 0) stmt(b, l.v[l.n - 1]);
    free(l.v);
    return;
  }
  case CXCursor_NullStmt: return;
  default:
    if (clang_isExpression(k)) {
      CXCursor call = cfg_strip_void_cast(c);
      if (clang_getCursorKind(call) == CXCursor_CallExpr)
        VEC_PUSH(b->g->stmt_calls, b->g->nstmt_calls, b->g->stmt_calls_cap, call);
      expr(b, c);
      if (calls_noreturn(c)) b->cur = -1; /* exit(), abort(), a longjmp wrapper: the path ends */
    } else { /* another statement (attributed, asm, unexposed): its parts in order */
      cursor_list l = cursor_children(c);
      for (int i = 0; i < l.n; i++) stmt(b, l.v[i]);
      free(l.v);
    }
    return;
  }
}

static enum CXChildVisitResult find_body(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  if (clang_getCursorKind(c) == CXCursor_CompoundStmt) {
    *(CXCursor *)data = c;
    return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

cfg *cfg_build(CXCursor function) {
  CXCursor body = clang_getNullCursor();
  clang_visitChildren(function, find_body, &body);
  if (clang_Cursor_isNull(body)) return NULL;
  cfg *g = xcalloc(1, sizeof *g);
  g->entry = new_block(g);
  g->exit = new_block(g);
  builder b = {.g = g, .cur = g->entry, .brk = -1, .cont = -1, .sw_block = -1,
               .simple_stmt = clang_getNullCursor(), .sw_subject = clang_getNullCursor()};
  b.cur = new_block(g);
  add_edge(g, g->entry, b.cur, EDGE_ALWAYS);
  stmt(&b, body);
  jump(&b, g->exit);
  for (int i = 0; i < b.ngotos; i++) {
    pending_goto *pg = &b.gotos[i];
    if (pg->name) {
      add_edge(g, pg->from, label_block(&b, pg->name), EDGE_ALWAYS);
    } else {
      for (int j = 0; j < b.nlabels; j++) add_edge(g, pg->from, b.labels[j].block, EDGE_ALWAYS);
      if (b.nlabels == 0) add_edge(g, pg->from, g->exit, EDGE_ALWAYS);
    }
    free(pg->name);
  }
  for (int i = 0; i < b.nlabels; i++) free(b.labels[i].name);
  free(b.labels);
  free(b.gotos);
  return g;
}

void cfg_free(cfg *g) {
  if (!g) return;
  for (int i = 0; i < g->nblocks; i++) {
    free(g->blocks[i].elems);
    free(g->blocks[i].elem_stmts);
    free(g->blocks[i].elem_arms);
    free(g->blocks[i].succs);
  }
  free(g->blocks);
  free(g->equalities);
  free(g->or_roots);
  free(g->stmt_calls);
  free(g->labels);
  free(g->addr_taken);
  free(g);
}

/* ---- dump ---- */

static void describe_elem(strbuf *sb, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CallExpr) {
    char *s = spelling(c);
    sb_appendf(sb, " %s()", *s ? s : "(*)");
    free(s);
  } else if (k == CXCursor_ReturnStmt) {
    sb_append(sb, " return");
  } else if (k == CXCursor_VarDecl) {
    char *s = spelling(c);
    sb_appendf(sb, " %s=", s);
    free(s);
  } else { /* assignment (`x=`) or ++/-- (`x++`): name the variable when it is one */
    cursor_list l = cursor_children(c);
    CXCursor lhs = l.n ? cfg_strip(l.v[0]) : clang_getNullCursor();
    char *s = clang_getCursorKind(lhs) == CXCursor_DeclRefExpr ? spelling(lhs) : xstrdup("*");
    sb_appendf(sb, " %s%s", s, k == CXCursor_UnaryOperator ? "++" : "=");
    free(s);
    free(l.v);
  }
}

char *cfg_dump(const cfg *g) {
  bool *seen = xcalloc((size_t)g->nblocks, sizeof *seen);
  int *stack = xmalloc((size_t)g->nblocks * sizeof *stack), sp = 0;
  stack[sp++] = g->entry;
  seen[g->entry] = true;
  while (sp) {
    const cfg_block *blk = &g->blocks[stack[--sp]];
    for (int i = 0; i < blk->nsuccs; i++)
      if (!seen[blk->succs[i].to]) {
        seen[blk->succs[i].to] = true;
        stack[sp++] = blk->succs[i].to;
      }
  }
  strbuf sb = {0};
  for (int id = 0; id < g->nblocks; id++) {
    if (!seen[id]) continue;
    const cfg_block *blk = &g->blocks[id];
    sb_appendf(&sb, "B%d%s:", id, id == g->entry ? "(entry)" : id == g->exit ? "(exit)" : "");
    for (int i = 0; i < blk->nelems; i++) describe_elem(&sb, blk->elems[i]);
    if (blk->nsuccs) sb_append(&sb, " ->");
    for (int i = 0; i < blk->nsuccs; i++) {
      const cfg_edge *e = &blk->succs[i];
      sb_appendf(&sb, " B%d", e->to);
      switch (e->kind) {
      case EDGE_ALWAYS: break;
      case EDGE_TRUE: sb_append(&sb, "(T)"); break;
      case EDGE_FALSE: sb_append(&sb, "(F)"); break;
      case EDGE_DEFAULT: sb_append(&sb, "(default)"); break;
      case EDGE_CASE:
        if (e->has_value) sb_appendf(&sb, "(case %lld)", e->value);
        else sb_append(&sb, "(case ?)");
        break;
      }
    }
    sb_append(&sb, "\n");
  }
  free(seen);
  free(stack);
  return sb_take(&sb);
}
