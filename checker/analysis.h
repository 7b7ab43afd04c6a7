/* The dataflow facts the rules read, per function:
 *  - the queue analysis: may the queue hold an error before each call?
 *  - the classification analysis: which I/O call does each SSL_get_error
 *    classify, and which calls run between the two? */
#ifndef OSSL_LINT_ANALYSIS_H
#define OSSL_LINT_ANALYSIS_H

#include "project.h"

/* What one call does, from the model or from the callee's summary. */
typedef struct {
  bool resolved_by_summary; /* a project function */
  ret_table rets;            /* ... the constants it returns (n < 0: not known) */
  bool openssl;             /* an OpenSSL function (model or openssl/ header) */
  /* Queue transfer: out = (passes ? in : {}) | (cleans ? CLEAN : {}) | (dirties ? DIRTY : {}) */
  bool passes, cleans, dirties;
  bool drains;   /* takes errors off the queue */
  bool pops_one; /* ERR_get_error: a zero result means the queue is empty */
  bool sets_mark, pops_to_mark; /* ERR_set_mark / ERR_pop_to_mark */
  bool is_io;    /* its result is the result of TLS I/O */
  bool does_io;  /* may run TLS I/O (a handshake), itself or in its callees: a model I/O call, a
                  * project function whose summary says so, a call through a pointer */
  int never_wants; /* is_io: the WANT_*_BITs SSL_get_error() never gives for it (api_effect) */
  /* Returns a new SSL before its handshake, or NULL: one of the model's
   * ssl_makers, or a project function whose every return gives one's result
   * or NULL and that may run no TLS I/O (ssl_factory() in analysis.c) */
  bool makes_ssl;
  unsigned io_in_mask; /* is_io: the queue before the I/O; Q_ENTRY = the caller's state */
  bool is_classify;
  int ret_arg;      /* is_classify: the argument classified */
  /* is_classify: a project function that classifies an I/O result kept in a
   * field (fn_summary.classifies_stored); ret_arg is -1 where no definition
   * classifies an argument: the classification is of the last I/O call */
  bool classifies_stored;
  bool want_query;  /* SSL_want */
  bool zero_ambiguous; /* io whose 0 result may be a premature close (SSL_read) */
  bool probe;          /* ... that asks for one byte: a liveness probe (SSL_peek(s, &c, 1)) */
  /* ... its buffer and length arguments' indexes (the model's buf_arg,
   * len_arg), -1: none */
  int buf_arg, len_arg;
  int probe_len_arg;   /* ... and the one whose constant 1 makes it a probe, -1: none */
  int success_len_arg; /* io: a result equal to this argument is a success (the model's), -1: none */
  int success_min;     /* io: results >= this are successes that push nothing */
  long long min_result; /* io: the least result the model says it returns, or LLONG_MIN */
  unsigned io_success_mask; /* io wrapper: Q_* states its successful returns leave (see fn_summary) */
  /* A project function that returns the result of TLS I/O it classifies
   * itself (fn_summary.returns_own_io): a result of at least success_min
   * leaves io_success_mask, as an I/O wrapper's success does. */
  bool own_io;
  bool peeks_queue;    /* ERR_peek_error */
  bool raises;         /* the code's own raise of an error (ERR_raise, ERR_raise_data) */
  bool proves_blocked; /* non-zero after a failed I/O call: it would block (BIO_should_retry) */
  /* The results of the paths that may push (a pushes_on_failure function, or a
   * project function whose pushing returns give only these constants); nfail < 0:
   * not known. Where a branch proves the result none of them, the queue is as
   * the call's other paths leave it: fail_succ_mask (Q_ENTRY: as before the call). */
  int nfail;
  long long fail[API_MAX_FAILURE];
  unsigned fail_succ_mask;
  /* Returns SSL_get_error()'s result (itself, or a wrapper that returns it or
   * constants that do not say the queue is empty). */
  bool returns_classification;
  int handles_want; /* WANT_*_BIT */
  /* A classify wrapper (its one definition classifies this argument), or -1;
   * the Q_* states at its exit when that argument is a failed I/O result. */
  int classify_arg;
  unsigned exit_failed_mask, exit_mask;
  /* is_classify, a project function: on a way from its entry to its
   * classification of the argument, a call that takes errors off the queue
   * runs (fn_summary.drains_before_classify): the caller's I/O error is gone
   * before it is classified. */
  bool drains_before_classify;
} call_effect;

call_effect effect_of(const project *p, const ir_function *f, const ir_call *c);



/* The effect of a call that touches nothing: the queue passes through it. */
call_effect effect_neutral(void);

/* A call that pushes only when it returns one of its failure values, and
 * whose successes leave no error of their own: one tested for success pushed
 * nothing. */
bool effect_pushes_only_on_failure(const call_effect *e);

typedef struct {
  int io, classify;
} io_link;

typedef struct {
  int classify, io, call; /* `call` runs between `io` and its classification */
} between_call;

typedef struct fn_facts {
  call_effect *effects;  /* per call */
  unsigned *in_mask;     /* per call: Q_* states of the queue before it */
  int *in_origin;        /* per call: a call that may have left an error (Q_DIRTY), or -1 */
  /* Per call: the Q_* states before it that its classification may see as
   * stale: in_mask, but for a call of the model's repeats_failure right
   * after its own twin on the same SSL (nothing between), the states before
   * that twin (SSL_shutdown() again after SSL_shutdown() failed: the first
   * one's error cannot change how the second one is classified). */
  unsigned *stale_mask;
  unsigned exit_mask;
  unsigned *ret_mask;    /* per return statement (f->rets): the Q_* states there */
  /* At the returns that may give a success >= io_success_min: the Q_* states,
   * where a returned I/O result is taken as a success (its queue from before it). */
  unsigned io_success_exit;
  int io_success_min;
  /* Returns seen that give SSL_get_error()'s result untouched (bit 0), or
   * anything else but a constant that does not say the queue is empty (bit 1). */
  unsigned classification_returns;
  io_link *links;
  int nlinks, links_cap;
  between_call *between;
  int nbetween, between_cap;
  /* As between, with io -1: calls that run between the function's entry and a
   * classification of a parameter (the result of its caller's I/O call, for a
   * classify wrapper), with no I/O call of its own between. */
  between_call *entry_between;
  int nentry_between, entry_between_cap;
  /* Per block: reached from the entry along the CFG's edges (a branch on a
   * field the run only sets to NULL has lost its other edge: null_fields.h). */
  bool *block_reached;
  int *call_block; /* per call: its block, or -1 */
} fn_facts;

/* Whether call k runs on some way from the function's entry. */
static inline bool facts_call_reached(const fn_facts *x, int k) {
  return x->call_block[k] >= 0 && x->block_reached[x->call_block[k]];
}

void facts_compute(const project *p, const ir_function *f, fn_facts *out);

/* A deliberate, selective pop: call `call` takes one error off the queue, and
 * it runs only where the error on top was peeked at and found to be one
 * particular code, with nothing on the way that moves the queue: it removes
 * errors the code knows to be spurious and leaves the others for the
 * classification (no drain in OSSL004's sense). */
bool facts_pops_peeked_error(const ir_function *f, const fn_facts *x, int call);
void facts_free(fn_facts *x);

/* Which paths a split run of facts_return_masks keeps: those where local
 * variable `var` was last assigned the constant `value` (SPLIT_VALUE) or
 * anything but a constant (SPLIT_OTHER), in both but where it was given the
 * result of one of `calls`; or those where it was last given the result of
 * call `call` (SPLIT_CALL: that call's own push is left out, so that what
 * remains is what the rest of those paths may push; SPLIT_CALL_FAILED: the
 * call returned its failure value `value`, with its push). A path that has not
 * assigned var yet counts in every split. */
typedef enum { SPLIT_VALUE, SPLIT_OTHER, SPLIT_CALL, SPLIT_CALL_FAILED } split_kind;
typedef struct {
  split_kind kind;
  int var;
  long long value;  /* SPLIT_VALUE, SPLIT_CALL_FAILED */
  int call;         /* SPLIT_CALL, SPLIT_CALL_FAILED */
  const int *calls; /* SPLIT_VALUE, SPLIT_OTHER: the calls split on their own */
  int ncalls;
  bool every_return; /* the states at every return, not only at `return var;` */
  /* SPLIT_CALL: the call's failure values (nfail > 0: the paths are those of
   * its other results, and an edge that tests var only for failure values
   * takes none of them) */
  const long long *fail;
  int nfail;
} facts_split;

/* The queue analysis of f again, on the paths `how` keeps: the Q_* states at
 * each `return var;` (ret_mask[r] for f->rets[r], f->nrets + 1 entries, 0 for
 * the other returns; at every return with how->every_return). An edge that
 * tests var follows a SPLIT_VALUE's value, or a SPLIT_CALL_FAILED's. */
void facts_return_masks_split(const project *p, const ir_function *f, const fn_facts *x, const facts_split *how,
                              unsigned *ret_mask);

/* A witness of the queue analysis, for a finding's path: a path of blocks
 * from f's entry to call `io` along which the analysis's own transfer and
 * edge functions, run on that one path (nothing joined), give the queue one of
 * the states `want` before the call; with `want` Q_DIRTY and origin >= 0, one
 * where that call left the error, if there is such a path (else another).
 * blocks[i] is left by its edge edges[i] (the last, -1, holds the call);
 * origin: the call that may have left the error on this path, or -1. The
 * shortest found; false when the bounded search finds none. */
typedef struct {
  int *blocks, *edges;
  int n;
  int origin;
} queue_witness;

bool facts_queue_witness(const project *p, const ir_function *f, const fn_facts *x, int io, unsigned want,
                         int origin, queue_witness *w);
void queue_witness_free(queue_witness *w);

/* The queue states before a (possibly wrapped) I/O call, seen from its caller. */
unsigned facts_io_state(const fn_facts *x, int call);

/* The Q_* states at f's exit when its parameter `param`, which it classifies,
 * is a failed I/O result: the paths a classification of SSL_ERROR_NONE takes
 * are left out (x: f's facts, their effects only). */
unsigned facts_exit_mask_if_failed(const project *p, const ir_function *f, fn_facts *x, int param);

#endif
