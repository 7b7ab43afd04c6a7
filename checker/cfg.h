/* Control-flow graph of one C function, built from the libclang AST.
 *
 * A block holds, in evaluation order, the AST nodes the analysis cares about
 * ("elements"): calls, assignments (`=`, `+=`, `++`, `--`), variable
 * declarations with an initializer and return statements. A block that ends
 * in a two-way branch keeps the condition expression; a switch block keeps the
 * controlling expression and has one CASE edge per case label (with its value)
 * and a DEFAULT edge. */
#ifndef OSSL_LINT_CFG_H
#define OSSL_LINT_CFG_H

#include <clang-c/Index.h>
#include <stdbool.h>

typedef enum { EDGE_ALWAYS, EDGE_TRUE, EDGE_FALSE, EDGE_CASE, EDGE_DEFAULT } cfg_edge_kind;

typedef struct {
  int to;
  cfg_edge_kind kind;
  bool has_value; /* EDGE_CASE: the case label's value was evaluated */
  long long value;
} cfg_edge;

typedef struct {
  CXCursor *elems;
  CXCursor *elem_stmts; /* per element: the statement of a `{ }` block it belongs to, when
                           that statement is simple (expression, declaration, return); else null */
  signed char *elem_arms; /* per element: for `return c ? x : y;`, built as `if (c) return x;
                             else return y;`, 1 for the return of x, 2 for y's (and so for
                             `v = c ? f() : y;`, built as one assignment per arm); else 0 */
  int nelems, elems_cap;
  cfg_edge *succs;
  int nsuccs, succs_cap;
  bool has_cond; /* TRUE/FALSE edges are taken on `cond`; for a switch, its condition */
  CXCursor cond;
} cfg_block;

/* What the lowering needs besides the blocks, recorded during the one walk of
 * the function's AST: comparisons with `==`/`!=`, the roots of `||` chains, and
 * the case labels of switches with their values and which labels share code. */
typedef struct {
  CXCursor subject; /* the switch's controlling expression */
  long long value;
  int group;        /* labels of one case (`case A: case B:`) share a group */
  CXCursor label;   /* the label's expression, as written (`SSL_ERROR_WANT_READ`) */
  int block;        /* the switch's block */
} cfg_case_label;

typedef struct {
  CXCursor expr; /* `a == b` or `a != b` */
  int block;     /* the block it is evaluated in */
} cfg_equality;

typedef struct {
  cfg_block *blocks;
  int nblocks, cap;
  int entry, exit;
  cfg_equality *equalities;
  int nequalities, equalities_cap;
  CXCursor *or_roots;
  int nor_roots, or_roots_cap;
  cfg_case_label *labels;
  int nlabels, labels_cap, label_groups;
  CXCursor *addr_taken; /* the operands of unary `&` */
  int naddr_taken, addr_taken_cap;
  CXCursor *stmt_calls; /* the calls that are a whole statement (`f(...);`, `(void)f(...);`), in braces or not */
  int nstmt_calls, stmt_calls_cap;
} cfg;

/* Build the CFG of a function definition (a FunctionDecl cursor with a body).
 * Returns NULL when the cursor has no body. */
cfg *cfg_build(CXCursor function);
void cfg_free(cfg *g);

/* One line per reachable block: "B2: f() x= -> B3(T) B4(F)". For tests and --dump-cfg. */
char *cfg_dump(const cfg *g);

/* Whether c is an integer or character literal under parentheses and casts; its value in *v. */
bool cfg_int_literal(CXCursor c, long long *v);

/* Whether clang evaluates expression c to an integer constant; its value in *v. */
bool cfg_eval_int(CXCursor c, long long *v);

/* The expression under parentheses and implicit casts. */
CXCursor cfg_strip(CXCursor c);
/* Under parentheses, implicit conversions and the casts `through` accepts
 * (given the cast's type; NULL: every cast). */
CXCursor cfg_strip_casts(CXCursor e, bool (*through)(CXType cast_type));
/* `(void)e` (and parentheses around either): e, as a statement that discards a value is written. */
CXCursor cfg_strip_void_cast(CXCursor s);

#endif
