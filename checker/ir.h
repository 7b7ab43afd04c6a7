/* The analysis IR: a function's CFG with libclang gone. Blocks hold events
 * (calls and definitions of local variables) in evaluation order; the rules and
 * the summaries see only this, so a translation unit can be disposed of as soon
 * as it is lowered, and the whole project's functions fit in memory at once. */
#ifndef OSSL_LINT_IR_H
#define OSSL_LINT_IR_H

/* The cache (checker/ir_serial.c) writes and reads every field: a field added
 * here must be added there. */

#include <stdbool.h>
#include <stdint.h>

typedef struct {
  char *file;
  unsigned line, col;
} ir_loc;

typedef enum { ARG_OTHER, ARG_VAR, ARG_CONST, ARG_CALL, ARG_FUNCTION } ir_arg_kind;

typedef struct {
  ir_arg_kind kind;
  int var;          /* ARG_VAR: local variable (parameters first); ARG_OTHER: the
                     * variable under casts to integer types (`(unsigned long)e`), or -1 */
  long long value;  /* ARG_CONST */
  int call;         /* ARG_CALL: the call whose result is passed directly */
  /* Passed as a pointer the callee may write through to memory of the
   * caller's: to something not const and not a struct (`&n`, `buf`; not a
   * `BIO *`, whose pointee is the library's object). */
  bool writes_through;
  char *fn;         /* ARG_FUNCTION: the function named (`my_write`, `&my_write`) */
  int addr_var;     /* `&v` (under parentheses and casts) with v a local variable: v; else -1 */
  /* A field read through a pointer from a parameter (`t->ret`, `c->tls->ret`,
   * under parentheses and casts): that parameter; else -1. */
  int param_field;
  char *field;      /* a field of a named struct (`c->wbio`, under casts): "TAG.FIELD"
                     * (checker/field_writes.h); a variable of static storage
                     * holding an OpenSSL object (`tls_conn`): "::NAME"; else NULL */
} ir_arg;

typedef struct {
  /* The function called; for a call through a pointer, the name a
   * configuration can give it a role by: `tls_backend.send` (a field of a
   * struct), `read_fn` (a variable or parameter), or NULL. */
  char *callee;
  char *callee_alias;  /* through a pointer: the field under its struct's typedef name, or NULL */
  char *callee_type;   /* through a pointer: the typedef of its type (`tls_send_fn`), or NULL */
  /* Through a pointer: the canonical spelling of the function type called
   * (`void (struct conn *)`), which names the functions it may call
   * (ir_function.fntype); else NULL. */
  char *callee_fntype;
  /* Through a function pointer field of a struct the project declares: its
   * key (field_writes.h field_function_key_of: "TAG.FIELD", which names the
   * functions stored there); else NULL. */
  char *callee_field;
  /* The function-like macro the call is written as, when the callee's name
   * comes from the macro's body (`DTLSv1_handle_timeout(s)` for SSL_ctrl),
   * for messages; else NULL. */
  char *macro;
  bool via_pointer;
  bool callee_openssl; /* declared in a header under the model's OpenSSL directory */
  /* Declared in a system header, not OpenSSL's (the C library's `send()`,
   * `select()`, `__errno_location()`), and given no function pointer, no
   * struct or union whose definition is not seen (a library's handle, which
   * may hold callbacks given earlier) or that holds a function pointer, and
   * no pointer to one: it reaches the run's variables only through the
   * pointers it is given, and runs none of the run's code. */
  bool callee_system;
  ir_loc loc;          /* where the call is written (the macro's use site for macros) */
  ir_arg *args;
  int nargs;
  int result_var;       /* the local variable the result is assigned to, or -1 */
  bool result_returned; /* return f(...); */
  bool result_escapes;  /* stored through a pointer, a field or a global, or passed on */
  /* Stored as it is into a field or a variable of static storage that holds
   * an OpenSSL object (`c->ssl = SSL_new(ctx)`): its key, as ir_arg.field;
   * else NULL. */
  char *result_field;
  bool result_discarded; /* the whole statement: `f(...);` or `(void)f(...);` */
  /* ... directly in a `{ }` or not (`if (x) die(...);`): where a call of a
   * function that never returns ends the path (checker/noreturn.h) */
  bool is_statement;
  /* Where `ERR_clear_error();` can go so that it runs right before this call:
   * the start of its statement, when that statement sits directly in a block,
   * is not written by a macro, and makes no other call. */
  bool has_clear_fix;
  /* Through a pointer that is a parameter of the caller (`func(p)` in
   * `void OPENSSL_sk_pop_free(OPENSSL_STACK *st, void (*func)(void *))`):
   * its index; else -1. */
  int callee_param;
  /* result_field set, the field read through a parameter (`conn->ssl =
   * SSL_new(...)`, as ir_arg.param_field): that parameter; else -1. */
  int result_param;
  ir_loc fix_loc;
  char *fix_text; /* "ERR_clear_error();\n" plus the line's indentation */
  /* 1 + the index, among the run's functions, of the copy of the callee made
   * for this call's constant arguments (checker/arg_context.h); 0: none. Set
   * for one run, not cached. */
  int callee_copy;
} ir_call;

typedef enum { CMP_NONE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ, CMP_NE } ir_cmp_op;

/* EV_STORE: a store the IR does not follow (through a pointer, into a global):
 * it may change any path variable or variable whose address is taken. */
typedef enum { EV_CALL, EV_DEF, EV_RETURN, EV_STORE } ir_event_kind;

typedef struct {
  ir_event_kind kind;
  int call;     /* EV_CALL */
  int var;      /* EV_DEF: the variable defined (`=`, `+=`, `++`); EV_RETURN: the variable returned, or -1;
                 * EV_STORE: see below */
  int src_call; /* EV_DEF: the call whose result it receives, or -1 */
  int ret;      /* EV_RETURN: its entry in ir_function.rets */
  /* EV_STORE: `*p = ...` with p a local variable or parameter: p (else -1). */
  bool has_value; /* EV_DEF, EV_STORE: the value stored is the constant `value` (`c->state = CLOSED`) */
  /* EV_STORE: what is stored is a pointer or a struct (which may hold one):
   * it may put another OpenSSL object where one was kept. A count or a flag
   * (`FD_SET()`'s `|=`) cannot. */
  bool stores_pointer;
  long long value;
  int src_var;    /* EV_DEF, EV_STORE: the local variable whose value it copies (`r.code = err`), or -1 */
  /* EV_STORE: the place stored to, when it is named by fields from a local
   * variable, a parameter or a variable of static storage (`a->logouttime`,
   * `conf.state`): a hash of that name (two stores with the same are to the
   * same place while the root keeps its value); 0: not known. */
  uint32_t target;
  /* EV_DEF: `v = (f(...) OP K)`, a comparison of a call's result with a
   * constant (`e = (mtls_puts(...) != TLS_EOK);`): 1 + that call, its
   * comparison as `result OP cmp_k`; 0: none. */
  int cmp_call1;
  ir_cmp_op cmp_op;
  long long cmp_k;
} ir_event;

/* What a `return` statement returns, when that is one of a few constants
 * (`return -2;`, `return ok ? R_OK : R_ERROR;`). */
enum { IR_RET_MAX_VALUES = 4 };
typedef struct {
  int nvals; /* -1: not a known constant */
  long long vals[IR_RET_MAX_VALUES];
} ir_return;

typedef enum { IR_EDGE_ALWAYS, IR_EDGE_TRUE, IR_EDGE_FALSE, IR_EDGE_CASE, IR_EDGE_DEFAULT } ir_edge_kind;

typedef struct {
  int to;
  ir_edge_kind kind;
  bool has_value; /* IR_EDGE_CASE: the case label's value is known */
  long long value;
} ir_edge;


/* At most this many stable conditions per function (ir_block.cond_key1): a
 * path's outcomes of them fit in a 32-bit set. */
enum { IR_MAX_COND_KEYS = 32 };

typedef struct {
  ir_event *ev;
  int nev, ev_cap;
  ir_edge *succ;
  int nsucc;
  int cond_call;          /* the branch tests this call's result against zero, or -1 */
  int cond_var;           /* ... or this variable's value, or -1 (a switch: its subject) */
  bool cond_true_nonzero; /* the TRUE edge means the tested value was non-zero */
  bool tests_eagain;      /* a comparison evaluated in it compares something with EAGAIN or EWOULDBLOCK */
  /* The branch compares a value with a constant: `cmp_var OP cmp_k` and/or
   * `cmp_call OP cmp_k` (`(n = SSL_read(...)) > 0` sets both). */
  int cmp_var, cmp_call;
  ir_cmp_op cmp_op;
  /* 1 + the id of the block's condition among the function's stable ones
   * (lower.c stable_condition(): it reads only parameters the function never
   * assigns nor takes the address of, constants and operators, and is
   * written the same in another block, but perhaps for a `!`: both take the
   * same edge), negated where this block tests it under a `!`; 0: none. */
  int cond_key1;
  long long cmp_k;
  /* Any comparison of a variable (a local, or a field the IR follows) of an
   * integer type at least as wide as int (signed or not, under integer casts
   * to such types) with a constant, `rng_var OP
   * rng_k` (rng_var2 -1), or with another such variable, `rng_var OP
   * rng_var2`; rng_var -1: none. Only the bounds analysis
   * (checker/var_bounds.h) reads it: with unsigned operands, ordering says
   * what it seems to only where the bounds know the values. */
  int rng_var, rng_var2;
  ir_cmp_op rng_op;
  long long rng_k;
  /* For a finding's path: where the block starts (its first element, else its
   * condition; file NULL: an empty block), and its condition (or a switch's
   * subject) as written, shortened (NULL: none). */
  ir_loc loc, cond_loc;
  char *cond_text;
} ir_block;

/* `subject == value` (or !=, or a case label of a switch on subject). Tests
 * with the same non-zero group lead to the same code: labels of one case
 * (`case A: case B:`) or the operands of one `||` chain. */
typedef struct {
  int var;  /* subject is this variable (or a field of it), or -1 */
  int call; /* subject is this call's result, or -1 */
  long long value;
  int group;
  /* The block the comparison is evaluated in; -1 for the copy an `||` chain's
   * group adds (the comparison is also recorded on its own, with its block). */
  int block;
  char *const_name; /* the constant as written, when one identifier (`SSL_ERROR_WANT_READ`), or NULL */
  ir_loc loc;       /* block >= 0: where the comparison (or the case label) is written */
} ir_test;

typedef struct {
  bool returned;   /* returned from the function */
  bool escapes;    /* stored where the caller can see it */
  bool addr_taken; /* `&v` is written: it may change through a pointer, at any call or store */
  bool int_like;   /* a signed integer at least as wide as int, or an enum: holds an int result unchanged */
  bool wide;       /* at least 32 bits: holds an ERR_get_error() code without losing it to zero */
  bool pointer;    /* a pointer: holds a pointer result unchanged (NULL stays 0) */
  bool is_unsigned; /* an unsigned integer at least as wide as int: never below 0 */
  /* Read somewhere other than in a truth test or a comparison with a constant
   * in a branch's condition, a switch's subject, or `return v;` (as an
   * argument, in arithmetic, a copy, `case` ranges aside): what the IR's
   * tests and events say of its uses is not all of them. */
  bool opaque_reads;
  /* ... and of those, read inside an expression that computes another value
   * from it (`Val_int(err)`: `((long)(err) << 1) + 1`, `-err`, `a[err]`), not
   * only as a call's argument or a copy as it is: a use the events do not show. */
  bool hidden_reads;
  bool is_bool; /* a _Bool: what it is given becomes 0 or 1 */
  /* -1, or the variable is a field reached through a pointer (`c->ssl->last`),
   * named by its access path from this local variable or parameter (`c`); any
   * call or store through a pointer may change it, and so does assigning the root. */
  int path_root;
  /* addr_taken, and every `&v` of the function is an argument of a call
   * (ir_arg.addr_var): only those calls and stores through pointers may
   * change it, not every call (what a callee keeps of the pointer aside). */
  bool addr_args_only;
  /* A variable of static storage (a global, a static local) of a scalar type
   * (`tls_conn`, `use_ssl`), followed where the function assigns and tests
   * it: any store through a pointer and any call that may run code of the
   * run's (or given a pointer to write through) may change it, so it counts
   * as aliasable; the callers see what it holds (escapes). */
  bool is_global;
  /* The stable conditions (ir_block.cond_key1, bit key - 1) that read this
   * local variable: a definition of it leaves what a path took at them
   * behind (its initializer, run again in a loop). */
  uint32_t cond_keys;
  /* A field reached through a pointer (path_root >= 0) that holds an OpenSSL
   * object (`c->ssl`): its key "TAG.FIELD" (field_writes.h), which names what
   * the run stores there; else NULL. */
  char *field;
  /* In a copy made for its call (checker/arg_context.h): a parameter that holds
   * `bound_value` on entry, as the call gives it (ir_bind_param()). */
  bool bound;
  long long bound_value;
} ir_var;

typedef struct {
  char *name;
  int id; /* its index in the project (set by project_init) */
  int tu; /* the translation unit it was lowered from (its static functions are its own) */
  char *fntype; /* the canonical spelling of its type (`void (struct conn *)`) */
  bool is_static;
  bool in_header; /* defined in a project header (a static inline helper, lowered in each includer) */
  bool returns_int_like; /* the return type is a signed integer at least as wide as int */
  bool returns_bool;     /* the return type is _Bool: what it returns is 0 or 1 */
  bool returns_pointer;  /* the return type is a pointer: NULL is 0 */
  ir_loc loc;
  unsigned end_line; /* the line of its closing brace */
  int nparams, nvars;
  ir_var *vars;       /* per variable */
  ir_block *blocks;
  int nblocks, entry, exit;
  ir_call *calls;
  int ncalls, calls_cap;
  ir_test *tests;
  int ntests, tests_cap;
  ir_return *rets; /* one per return statement with a value */
  int nrets, rets_cap;
  bool tests_eagain; /* compares something with EAGAIN or EWOULDBLOCK */
  /* stores into the C library's memory through a call given nothing
   * (`errno = EIO;`, `*__errno_location() = ...`): it sets errno itself */
  bool stores_errno;
  bool has_asm;      /* holds a GNU asm statement (`asm goto` jumps the CFG does not show) */
  /* A copy for the constant arguments of some call (checker/arg_context.h):
   * only its summary counts; rules and entry states leave it out. Not cached. */
  bool summary_only;
} ir_function;

void ir_function_free(ir_function *f);

/* Where call `call` is: its block and its event there (false: in no block). */
bool ir_call_position(const ir_function *f, int call, int *block, int *ev);

/* Whether f may change variable `var`: a definition of it, or its address taken. */
bool ir_assigns(const ir_function *f, int var);
/* The parameter f returns as it is on every return (`static int
 * set_status(c, st, n) { c->status = st; return n; }`): a signed int or
 * wider that f never changes, in a function that returns a signed int or
 * wider; -1 for none. */
int ir_returned_param(const ir_function *f);

/* Whether part `part` of a function type's spelling (ir_function.fntype:
 * -1 the return type, else parameter `part`) may be an enum, whose
 * underlying type may be unsigned (`enum st { A, B }`): true also where the
 * spelling cannot be read (a function that returns a function pointer). */
bool ir_fntype_part_may_be_enum(const char *fntype, int part);
/* Whether v's value is copied somewhere (`r.code = err`, `other = bio;`): a
 * definition or a store whose source is v. */
bool ir_var_copied(const ir_function *f, int v);

/* Where, on every way to event `at` of block `block`, the last definition of
 * local variable v gives it the truth of a comparison of one call's result
 * that is 1 for a failure's 0 (`r = SSL_connect(s) < 1`, the
 * parentheses misplaced: ir_event.cmp_call1), so that it holds 1 there where
 * the call failed: that call; else -1 (another definition reaches, or none,
 * or a truth that is 0 for a failure: `ok = SSL_read_ex(...) == 1`). */
int ir_var_truth_at(const ir_function *f, int v, int block, int at);
/* Whether v is given a computed value somewhere (`j++`, `j = a + b`): a
 * definition that is no call's result, no constant and no copy. */
bool ir_var_computed(const ir_function *f, int v);
/* Whether v is defined somewhere and every definition gives it the result of
 * a call `ok` accepts (`bio = SSL_get_wbio(ssl);`). */
/* Whether block b can reach itself (it is in a loop). */
bool ir_block_on_cycle(const ir_function *f, int b);
/* Whether on every way to the end of block `block` the last definition of
 * local v gives it the result of call `call` (none reaches it from the
 * function's entry without one, none passes another definition). */
bool ir_var_last_given_by(const ir_function *f, int v, int call, int block);
/* The same on every way to event `at` of block `block` (exclusive). */
bool ir_var_last_given_by_at(const ir_function *f, int v, int call, int block, int at);
bool ir_defined_only_by_calls(const ir_function *f, int v, bool (*ok)(const ir_function *f, int call, const void *data),
                              const void *data);
/* ... or, for a pointer, by NULL (`SSL *ssl = NULL;` before `ssl = SSL_new(ctx);`). */
bool ir_defined_only_by_calls_or_null(const ir_function *f, int v,
                                      bool (*ok)(const ir_function *f, int call, const void *data), const void *data);
/* ... and every definition gives it the result of call `call` (`ret = SSL_read(...);`). */
bool ir_defined_only_by_call(const ir_function *f, int v, int call);
/* Whether a call or a store through a pointer may change variable v: a field
 * reached through a pointer, a variable whose address is taken, or one of
 * static storage. */
bool ir_var_aliasable(const ir_function *f, int v);
/* Whether v is a local variable or parameter (or a field of one reached
 * without a pointer): not a path through a pointer, not of static storage. */
bool ir_var_is_local(const ir_function *f, int v);
/* Whether a branch of f tests `var` itself (`if (p)`, `switch (cmd)`, `x > 3`). */
bool ir_branches_on(const ir_function *f, int var);

/* A deep copy of f named `name` (heap-allocated: free with ir_function_free). */
ir_function *ir_function_clone(const ir_function *f, const char *name);
/* Removes the edges that variable `var` (a parameter never assigned) being
 * `value` cannot take (`if (p)`, `switch (cmd)`, `x > 3`). */
void ir_prune_for_value(ir_function *c, int var, long long value);
/* In copy c, parameter `var` (never assigned, its address never taken) holds
 * `value`: its entry value for the bounds analysis (ir_var.bound), and the
 * constant in place of it as the argument of a call of the
 * project's own (for the copies of the functions it is handed to; OpenSSL's
 * calls keep the variable, which their results are compared with:
 * `n = SSL_write(s, buf, len); if (n != len)`). */
void ir_bind_param(ir_function *c, int var, long long value);
/* The blocks a pruned copy no longer reaches: their events go, and their calls
 * name no function (a summary reads every call, reached or not): their callee
 * becomes IR_UNREACHABLE_CALLEE. */
void ir_drop_unreachable(ir_function *c);
#define IR_UNREACHABLE_CALLEE "(unreachable)"
/* Whether call k of a copy is one that ir_drop_unreachable() dropped. */
bool ir_call_dropped(const ir_call *k);

/* Not op: `>=` for `<`, `!=` for `==`. */
ir_cmp_op ir_cmp_negated(ir_cmp_op op);
/* op with its operands swapped: `>` for `<`, `==` for `==`. */
ir_cmp_op ir_cmp_swapped(ir_cmp_op op);
/* The comparison op (the block's condition, `x op y`) holds along edge e
 * as: op on its true edge, its negation on its false edge, CMP_NONE on others. */
ir_cmp_op ir_cmp_on_edge(const ir_block *b, int e, ir_cmp_op op);
/* What taking edge e of block b says about the value b compares with a
 * constant (`cmp_var`/`cmp_call OP cmp_k`): a lower bound on it, if any... */
bool ir_edge_lower_bound(const ir_block *b, int e, long long *lb);
/* ... or, given the lower bound *lb known before the edge (LLONG_MIN: none),
 * raise it if the edge says more (`!= 0` after `>= 0` gives 1); true if raised ... */
bool ir_edge_raise_lower_bound(const ir_block *b, int e, long long *lb);
/* ... and whether it may be v. */
bool ir_cmp_edge_admits(const ir_block *b, int e, long long v);
/* Whether `v op k` holds (CMP_NONE: true), and whether it holds for some
 * value from lo up. */
bool ir_cmp_holds(ir_cmp_op op, long long v, long long k);
bool ir_cmp_holds_from(ir_cmp_op op, long long lo, long long k);
/* Whether the value b tests for truth (`cond_var`/`cond_call`), or switches
 * on, may be v along edge e. */
bool ir_cond_edge_admits(const ir_block *b, int e, long long v);
/* Whether b tests the result of `call` or the variable `var` (either may be
 * -1): compares it with a constant, tests its truth or switches on it ... */
bool ir_block_tests(const ir_block *b, int call, int var);
/* ... and whether, along edge e, that value may be v (true when b does not test it). */
bool ir_value_edge_admits(const ir_block *b, int e, int call, int var, long long v);
/* ... or some value at least lo. */
bool ir_range_edge_admits(const ir_block *b, int e, int call, int var, long long lo);

/* SSL_get_error() codes a value may hold, as bits: 0 .. IR_CODE_MAX each its
 * own, IR_CODE_NEGATIVE any negative value, IR_CODE_LARGE any above IR_CODE_MAX. */
enum { IR_CODE_MAX = 15, IR_CODE_NEGATIVE = 16, IR_CODE_LARGE = 17, IR_CODES_ALL = (1u << 18) - 1 };
/* The codes of `codes` that edge e of b lets through for the value it tests
 * (the result of `call`, or variable `var`; all of them when b tests neither). */
unsigned ir_codes_edge_admits(const ir_block *b, int e, int call, int var, unsigned codes);

/* Whether argument a names the field or variable of static storage keyed
 * `key` (ir_arg.field). */
bool ir_arg_names_object(const ir_arg *a, const char *key);

#endif
