/* The functions of the whole project (every translation unit), and their
 * summaries: what a call to each one does to the error queue, computed to a
 * fixed point so that wrappers of wrappers are seen through. */
#ifndef OSSL_LINT_PROJECT_H
#define OSSL_LINT_PROJECT_H

#include "ir.h"
#include "model.h"
#include "retvals.h"

#include <stdbool.h>

/* Queue states: the bits of a may-set. */
enum {
  Q_ENTRY = 1, /* whatever the caller left (unknown: may hold an error) */
  Q_CLEAN = 2, /* empty */
  Q_DIRTY = 4, /* may hold an error pushed in this function */
};

/* A callee's Q_* states seen from its caller: Q_ENTRY stands for the caller's states. */
static inline unsigned queue_from_caller(unsigned callee_mask, unsigned caller_mask) {
  return (callee_mask & Q_ENTRY ? caller_mask : 0) | (callee_mask & ~(unsigned)Q_ENTRY);
}

typedef struct {
  unsigned exit_mask;     /* Q_* states that reach the function's return */
  bool drains;            /* may take errors off the queue (drain or clear) */
  bool does_io;           /* may run TLS I/O, itself, through its callees or through a pointer */
  int classify_ret_param; /* passes this parameter as SSL_get_error's ret, or -1 */
  /* With classify_ret_param: the Q_* states at its return when that parameter
   * is a failed I/O result (no SSL_ERROR_NONE, which needs a success); else
   * exit_mask. */
  unsigned exit_failed_mask;
  /* With classify_ret_param: on a way from the entry to that classification a
   * call takes errors off the queue (ERR_print_errors_fp(), a describe
   * helper), itself or inside a classify wrapper it hands the result on to;
   * before_classify_call: that call (an index into the function's calls), or
   * -1. (A call that may push there is not recorded: it pushes only on some
   * failure, where a drain always takes the caller's error.) */
  bool drains_before_classify;
  int before_classify_call;
  /* Classifies an I/O result it is not handed but finds in a field through a
   * parameter (`SSL_get_error(t->ssl, t->ret)`, libshout's
   * shout_tls_recoverable()), or calls such a function with one (`c->tls`),
   * with no I/O call of its own before: the result a caller's last I/O call
   * left there, as a classification of a value that is no I/O result is. */
  bool classifies_stored;
  bool returns_io;        /* returns the result of TLS I/O it does not classify */
  /* Returns the result of TLS I/O it classifies itself (git's socket_read(),
   * which hands a failure to its own error reporter): not an I/O call for its
   * callers, but one of its results of at least io_success_min says the
   * queue is as io_success_mask says. */
  bool returns_own_io;
  unsigned io_in_mask;    /* Q_* states the queue may be in before that I/O */
  /* Q_* states at its exits where the I/O result it returns is a success
   * (>= io_success_min): an I/O wrapper's success pushes no more than that. */
  unsigned io_success_mask;
  int io_success_min;
  /* Returns, as it is, the result of a read whose 0 may be a premature close
   * (`return SSL_read(s, buf, len);`), none of its reads a liveness probe; the
   * parameters handed on as that read's buffer and length, or -1. */
  bool returns_zero_ambiguous;
  int zero_buf_param, zero_len_param;
  int zero_probe_param; /* the parameter handed on as a probe's length (SSL_peek's), or -1 */
  ret_table rets;         /* the constants it returns, and what each proves of a parameter */
  /* The constants returned where it may have pushed (Q_DIRTY at that return);
   * fail_n < 0: such a return gives something else, or it may push and return
   * no value. fail_succ_mask: the Q_* states at the returns that may give
   * anything else. A caller that proves the result none of fail_vals knows the
   * queue is as those returns leave it. */
  int fail_n;
  long long fail_vals[API_MAX_FAILURE];
  unsigned fail_succ_mask;
  /* Every return gives SSL_get_error()'s result (or a constant that does not
   * say the queue is empty): SSL_ERROR_WANT_* from it means an empty queue. */
  bool returns_classification;
} fn_summary;

typedef struct {
  const char *name;
  int fn;
  int tu; /* its translation unit (the names of one are ordered by it) */
} name_entry;

/* Why a function may be entered with an error on the queue (top-down). */
typedef enum {
  ENTRY_CALLED,         /* a call site brings it: caller, call */
  ENTRY_NO_CALLER,      /* no function of the run calls it */
  ENTRY_ADDRESS_TAKEN,  /* its address is taken: called from anywhere */
  ENTRY_CONFIGURED,     /* listed under `entry-points:` in the configuration */
  ENTRY_UNREACHED,      /* called only from functions that no entry point reaches */
} entry_kind;

typedef struct {
  entry_kind kind;
  int caller, call; /* ENTRY_CALLED: the function and its call that bring the error */
  int origin;       /* ... a call of the caller that may have left it, or -1: the caller's own entry */
} entry_link;

/* What a call names, resolved once per run: its model entry (through a
 * pointer: the field's or the type's name), else the project functions it may
 * reach. effect_of reads it instead of looking the names up on every pass. */
enum { CALL_MAX_DEFS = 16 };
typedef struct {
  const api_function *api; /* the model's entry, or NULL */
  /* BIO I/O of the model's custom_bio.ssl_filter_io (BIO_read) whose result
   * the function gives SSL_get_error(): the SSL call it is on an SSL filter
   * (SSL_read), which it is in a part of the run that makes SSL filters
   * (run_facts.ssl_filters); else NULL */
  const api_function *filter_io;
  int ndefs;               /* definitions in the project (may exceed CALL_MAX_DEFS; then defs holds the first) */
  int defs[CALL_MAX_DEFS];
} call_target;

struct fn_facts; /* checker/analysis.h */

typedef struct {
  const api_model *model;          /* the base model (constants, roles) */
  const api_model *const *models;  /* per function: the model its file's configuration gives, or NULL */
  ir_function **fns;
  int nfns;
  fn_summary *sums;
  name_entry *names; /* sorted by name */
  /* A hash index of names: per slot, 1 + the first entry of a name in names,
   * and 1 + its last (0: an empty slot); name_slots is a power of two. */
  struct name_range { int lo1, end; } *name_index;
  size_t name_slots;
  call_target **targets; /* per function, per call (project_init) */
  int rounds;        /* fixed-point rounds the summaries took */
  ret_paths *paths;  /* per function: what its return table is built from, computed once */
  /* keep_facts (set before project_summarize): facts[f] holds the facts of
   * f's last round, computed from the summaries it settled with, so the rules
   * need not compute them again (project_take_facts); else NULL. */
  bool keep_facts;
  struct fn_facts *facts;
  /* Top-down (project_entry_states): per function, the Q_CLEAN / Q_DIRTY
   * states of the queue it may be entered with, joined over its call sites,
   * and where a Q_DIRTY comes from; NULL until computed (every entry unknown). */
  unsigned *entry_mask;
  entry_link *entry_via;
  bool *address_taken; /* per function: its address is taken somewhere in the run */
  /* Every translation unit's field_writes (checker/field_writes.h), sorted
   * (the strings stay the units'); set before the summaries. */
  char **field_writes;
  int nfield_writes;
  /* The facts of the run's parts (project_partition): per function its part,
   * per part its facts; while they are computed, `scope` is 1 + the part
   * whose functions the fact's loops see (project_in_scope), 0 for all. */
  int *part;
  int nparts;
  struct run_facts *part_facts;
  int scope;
  /* Per function, per call: whether the constant arguments of every call of
   * the function rule that call out (project_entry_states); NULL: none. */
  bool **dead_calls;
  /* Per function, what it does with error codes (checker/error_codes.h); set
   * by the driver after the summaries (NULL: not computed). */
  const struct code_summary *codes;
} project;

/* Whether the run's code at `loc` in function f is calls that never run:
 * every call of f in the run gives it constant arguments that rule out every
 * call written at loc (the calls of one macro's expansion share it), and f is
 * static (a function of external linkage may have callers the run does not
 * see: a library's tool beside it, a file left out of the run) and called
 * from nowhere else (not through a pointer, not as a thread, not a
 * configured entry point). A finding there is on dead code. */
bool project_dead_call_at(const project *p, int f, ir_loc loc);

/* Facts about a part of the run, which the driver computes for each part
 * (checker/custom_bio.h, error_codes.h). A part is a program (translation
 * units linked by calls and by taking functions' addresses, one of which
 * defines main()), or all of the run's library code: an SSL cannot pass from
 * one program to another, so one program's sockets say nothing of another's
 * memory BIOs (httpd's ab.c beside mod_ssl). */
typedef struct run_facts {
  bool syscall_means_empty; /* SSL_ERROR_SYSCALL means an empty queue; before the summaries */
  bool own_bio_methods;     /* it makes a BIO method of its own; before the summaries */
  bool bio_io_quiet;        /* reads of an SSL's transport BIO push nothing; before the summaries */
  bool bio_callbacks;       /* it sets a BIO callback (custom_bio_callbacks); before the summaries */
  bool ssl_filters;         /* it makes SSL filter BIOs (custom_bio_ssl_filters); before the summaries */
  bool partial_writes;      /* it may turn on partial writes (custom_bio_partial_writes); before the summaries */
  bool async_mode;          /* it may turn on SSL_MODE_ASYNC (custom_bio_async_mode); before the summaries */
  bool ignores_unexpected_eof; /* it sets SSL_OP_IGNORE_UNEXPECTED_EOF; after the summaries */
  bool writes_never_retry;  /* no SSL can be asked to retry a write; before the rules */
  bool reads_never_retry;   /* custom_bio_reads_never_retry; before the rules */
  bool reads_never_end;     /* custom_bio_reads_never_end; before the rules */
} run_facts;

/* The project takes ownership of nothing: fns and models stay the caller's.
 * models (or NULL) gives each function the model to analyze it with; it sets
 * each function's id to its index and resolves each call's callee (targets). */
void project_init(project *p, const api_model *m, const api_model *const *models, ir_function **fns,
                  int nfns);

/* Split the run into parts (run_facts): union of the translation units of a
 * call and of its callee's definitions, and of a unit and the definitions of
 * the functions whose address it takes (addr_taken[t], naddr_taken[t] names
 * for unit t of ntus), and of units that define or use one variable of
 * external linkage (its "@var:" entries). Each set that defines main() is a program, a part of
 * its own; every other set is library code, all of it one part. Sets part,
 * nparts and part_facts (all false). */
void project_partition(project *p, int ntus, char *const *const *addr_taken, const int *naddr_taken);

/* Calls through a function-pointer parameter that every call of their
 * function gives the same kind of OpenSSL TLS I/O function (glusterfs's
 * `ssl_do(priv, buf, len, SSL_read)`): their target's model entry becomes
 * that function's, so that they are I/O calls for the summaries and the
 * rules. Only for a static function whose address its unit does not take
 * (addr_taken: per translation unit, sorted, as project_partition). */
void project_resolve_param_io(project *p, int ntus, char *const *const *addr_taken, const int *naddr_taken);

/* Whether function f counts for the facts being computed (scope). */
bool project_in_scope(const project *p, int f);

/* The facts of f's part (all false before project_partition). */
const run_facts *project_run_facts(const project *p, const ir_function *f);

/* The model a function is analyzed with. */
const api_model *project_model_of(const project *p, const ir_function *f);
void project_free(project *p);

/* The project functions a call from `caller` to `name` may reach: a static
 * function of the caller's translation unit (its file, or a header it
 * includes, lowered with its macros), else every external definition of the name
 * (a function defined in several files, as alternative backends of one
 * build). Returns how many there are; the first `max` go to `out`. */
int project_definitions(const project *p, const char *name, const ir_function *caller, int *out, int max);

/* Call c of f (one of the project's functions) as project_init resolved it. */
const call_target *project_call_target(const project *p, const ir_function *f, const ir_call *c);

/* Compute every summary to a fixed point, each round on `threads` threads
 * (every function of a round sees the summaries of the round before; a round
 * recomputes only the callers of what changed). False if they had not settled
 * after the most rounds allowed (1000). */
bool project_summarize(project *p, int threads);

/* With keep_facts: every function's facts as of the settled summaries (the
 * caller frees each with facts_free, then the array); the project keeps none.
 * NULL without keep_facts. */
struct fn_facts *project_take_facts(project *p);

/* The queue each function may be entered with, from its call sites, across
 * files, to a fixed point: call_in[f][k] is the Q_* states before call k of
 * function f (Q_ENTRY: f's own entry), call_origin[f][k] a call that may have
 * left an error there (or -1). Entry points (no caller in the run, an
 * address taken: a name in addr_taken, or configured) start unknown (may hold
 * an error). */
void project_entry_states(project *p, const unsigned *const *call_in, const int *const *call_origin,
                          char *const *addr_taken, int naddr_taken);

/* The states function f may be entered with: Q_CLEAN | Q_DIRTY when unknown. */
unsigned project_entry_of(const project *p, int f);

/* One line per project function whose summary does something to the error
 * queue, classifies or returns I/O results, ordered by file and line:
 * "t.c:52: recv_classify: queue at exit {caller's}; classifies argument 2; returns 0 when
 * argument 2 >= 1 {caller's}, -2 {caller's}". For --dump-summaries. */
char *project_describe(const project *p);

/* A maintainer's aid (OSSL_LINT_WHY, and OSSL_LINT_DERIVE_WHY in a derive
 * run): for each function of the comma-separated list (`NAME*`: every
 * function whose name starts so), on stderr, the shortest chain of calls down
 * to one that may push. */
void project_explain_pushes(const project *p, const char *list);

#endif
