/* The OpenSSL API model: the role of each function for the thread's error queue.
 * Loaded from rules/openssl-api.yaml (libyaml); see rules/openssl-api.schema.md. */
#ifndef OSSL_LINT_MODEL_H
#define OSSL_LINT_MODEL_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  ROLE_NEUTRAL = 0, /* not OpenSSL, not modelled: does nothing to the queue */
  ROLE_IO,          /* TLS I/O: may push; its result is what SSL_get_error classifies */
  ROLE_CLASSIFY,    /* SSL_get_error: reads the queue */
  ROLE_CLEAR,       /* ERR_clear_error: empties the queue */
  ROLE_DRAIN,       /* takes errors off the queue (one, or all when `empties`) */
  ROLE_PURE,        /* never touches the queue */
  ROLE_PUSHES,      /* may push an error (default for unmodelled OpenSSL calls) */
  ROLE_MARK,        /* ERR_set_mark: remembers the queue's state */
  ROLE_POP_TO_MARK, /* ERR_pop_to_mark: drops what was pushed since the mark */
  ROLE_PUSHES_ON_FAILURE, /* may push, only on the paths that return one of its `failure` values */
} api_role;

enum { API_MAX_FAILURE = 8 };

/* What a call does to the queue, when that may depend on its command (ctrl). */
typedef struct {
  api_role role;
  int nfailure; /* pushes_on_failure: the results of the paths that may push */
  long long failure[API_MAX_FAILURE];
  /* io: the WANT_*_BITs SSL_get_error() never gives for it (a command that
   * only writes: DTLSv1_handle_timeout() never wants to read); 0: any. */
  int never_wants;
} api_effect;

/* One command of a ctrl function (SSL_ctrl's SSL_CTRL_MODE): its own role. */
typedef struct {
  long long cmd;
  /* The command applies only when argument when_arg is the constant when_value
   * (ERR_set_error's reason 114 is CRYPTO_R_TOO_MANY_RECORDS only in library
   * ERR_LIB_CRYPTO, argument 0); when_arg -1: whatever the other arguments are. */
  int when_arg;
  long long when_value;
  api_effect effect;
} api_command;

enum { WANT_READ_BIT = 1, WANT_WRITE_BIT = 2 };

typedef struct {
  char *name;
  api_role role;
  int ssl_arg;      /* -1 when absent */
  int ret_arg;      /* classify: index of the classified return value */
  bool empties;     /* drain: removes every error */
  bool want_query;  /* result compared with SSL_READING / SSL_WRITING (SSL_want) */
  int handles_want; /* WANT_*_BIT: calling it tests for that condition (SSL_want_read) */
  bool zero_ambiguous; /* io: 0 means close_notify or an EOF without it (SSL_read) */
  /* io, zero_ambiguous: the index of the length argument; a call that asks for
   * one byte there (the constant 1) is a liveness probe (SSL_peek(s, &c, 1)):
   * its 0 says the connection is gone, clean close or not. -1: none. */
  int probe_len_arg;
  /* io, zero_ambiguous: the indexes of the buffer and length arguments; a path
   * that proves the buffer NULL or the length 0 is a read that asked for no
   * bytes, whose 0 is not the end of the data (OSSL005). -1: none. */
  int buf_arg, len_arg;
  /* io: the index of the length argument of a write whose result equals it
   * only on success (SSL_write: the whole length, or 0 for a 0-byte write,
   * which pushes nothing; every failure is below 0 or, from a blocked BIO,
   * 0 with bytes asked for): `n == len` proves the write succeeded even
   * where len may be 0. -1: none. */
  int success_len_arg;
  /* pure: a query of the SSL's shutdown state whose result has these bits
   * set only once the peer's close_notify (or a fatal alert) was received
   * (SSL_get_shutdown, SSL_RECEIVED_SHUTDOWN); 0: none. */
  long long close_notify_bits;
  int success_min;     /* io: a result >= this is success, which pushes no error (default 1) */
  /* io: the least result it returns, when it never returns less (SSL_read_ex:
   * 0, its only failure; SSL_read_early_data: 0, SSL_READ_EARLY_DATA_ERROR), so
   * that a result known to differ from it is at least one more; else LLONG_MIN. */
  long long min_result;
  bool peeks_queue;    /* pure: tells whether the queue holds an error (ERR_peek_error) */
  bool raises;         /* pushes: how code raises an error on purpose (ERR_set_error, what ERR_raise expands to) */
  /* pushes_on_failure: a success ends with ERR_clear_error() (OpenSSL 3.0's
   * X509_STORE_set_default_paths_ex(), behind SSL_CTX_set_default_verify_paths()):
   * a call proven successful leaves the queue empty. */
  bool clears_on_success;
  /* pure, with cmd_arg: a call whose command argument has all these bits set
   * (BIO_test_flags(b, BIO_FLAGS_SHOULD_RETRY), which BIO_should_retry is), found
   * non-zero right after a failed I/O call, proves that call stopped because a
   * BIO would block: it pushed nothing. 0: none. */
  long long blocked_flags;
  int nfailure;        /* pushes_on_failure: the results of the paths that may push */
  long long failure[API_MAX_FAILURE];
  /* Every result it can return, when they are few (SSL_set_fd: 0, 1); a
   * branch that admits none of them never runs. 0: not known. */
  int nresults;
  long long results[API_MAX_FAILURE];
  int cmd_arg;           /* a ctrl function: the index of its command argument, or -1 */
  api_command *commands; /* ... the roles of its commands (owned), sorted by cmd */
  int ncommands;
} api_function;

/* `error_codes:` the two kinds of error code that OSSL006 tells apart, and the
 * option that makes OpenSSL report an EOF without close_notify as a clean
 * close (OSSL005). Each list is sorted. */
typedef struct {
  char **queue_sources; /* return a code of the error queue (ERR_get_error, ERR_peek_error, ...) */
  size_t nqueue_sources;
  char **queue_sinks;   /* take a queue code as argument 0 (ERR_error_string, ERR_GET_REASON, ...) */
  size_t nqueue_sinks;
  char **classification_prefixes; /* constants that are SSL_get_error() codes: SSL_ERROR_ */
  size_t nclassification_prefixes;
  char **reason_prefixes; /* constants that are reason codes of queue codes: SSL_R_, ERR_R_ */
  size_t nreason_prefixes;
  char **option_setters; /* SSL_set_options, SSL_CTX_set_options: argument 1 is the options */
  size_t noption_setters;
  long long ignore_eof_option; /* SSL_OP_IGNORE_UNEXPECTED_EOF (0: none) */
} api_error_codes;

/* `available:` a query of how much an I/O call can take right away
 * (SSL_pending: bytes already decrypted). Such a call that asks for at least
 * one and at most what the query returned (its argument len_arg) cannot fail. */
typedef struct {
  char *query;
  char **io; /* sorted */
  size_t nio;
  int len_arg;
} api_available;

typedef struct {
  api_function *fns; /* sorted by name */
  size_t nfns, cap;
  char *openssl_header_dir;
  /* The derived model it includes (`derived:`): its path and what it says it
   * was derived from (its `source:`), or NULL. For the reports' run summary. */
  char *derived_path, *derived_source;
  long long ssl_error_want_read, ssl_error_want_write, ssl_error_zero_return,
      ssl_error_syscall, ssl_error_ssl, ssl_error_none;
  long long ssl_reading, ssl_writing;
  /* Configuration `entry-points:`: project functions called from code the run
   * does not see (a library's public API), sorted. */
  char **entry_points;
  size_t nentry_points;
  /* `custom_bio:` how a project builds its own BIO method and how a write
   * function asks to be retried; which calls give an SSL a BIO over a socket. */
  char **bio_set_write; /* BIO_meth_set_write: argument 1 is the write function */
  size_t nbio_set_write;
  char *bio_set_flags;  /* BIO_set_flags(b, flags): argument bio_flags_arg ... */
  int bio_flags_arg;
  long long bio_write_retry_bits; /* ... with all these bits asks to retry a write */
  long long bio_read_retry_bits;  /* ... with all these, a read (0: not modelled) */
  char **socket_sources; /* SSL_set_fd, BIO_new_socket, ...: a transport that may block a write */
  size_t nsocket_sources;
  /* BIOs of OpenSSL's whose write never asks to be retried (BIO_s_mem), and
   * the calls that give an SSL its BIOs (SSL_set_bio): a run that does the
   * one and names the other, and no socket source, writes to memory. */
  char **memory_sources;
  size_t nmemory_sources;
  char **bio_attachers;
  size_t nbio_attachers;
  char **bio_makers; /* BIO_new: makes a BIO of the method given as argument 0 */
  size_t nbio_makers;
  /* BIO reads (BIO_read, ...) that push nothing on OpenSSL's memory and
   * socket BIOs */
  char **bio_quiet_io;
  size_t nbio_quiet_io;
  /* custom_bio.memory_writes: writes that, to a BIO surely a memory one, push
   * only when they return one of their failure values (BIO_write: -2, -1) */
  char **bio_memory_writes;
  api_effect *bio_memory_write_effects; /* per name: role pushes_on_failure, its failure list */
  size_t nbio_memory_writes;
  char **null_sources; /* OpenSSL's null BIO (BIO_s_null): never asks to retry */
  size_t nnull_sources;
  char **bio_ssl_sources; /* SSL BIOs (BIO_f_ssl): their reads push the SSL's errors */
  size_t nbio_ssl_sources;
  /* SSL filters (BIO_f_ssl given to BIO_new, BIO_new_ssl_connect): the BIOs
   * whose I/O ssl_filter_io maps to their SSL's */
  char **ssl_filter_sources;
  size_t nssl_filter_sources;
  /* BIO I/O that is an SSL's own on an SSL filter (BIO_read: SSL_read):
   * sorted by the BIO call's name, with the SSL call each one is */
  char **bio_filter_io, **bio_filter_io_as;
  size_t nbio_filter_io;
  char **bio_transport_getters; /* SSL_get_wbio: an SSL's own transport BIO */
  size_t nbio_transport_getters;
  char **bio_callback_setters; /* BIO_set_callback_ex: code of the project's own that runs in a BIO's I/O */
  size_t nbio_callback_setters;
  char **byte_writers; /* memcpy: calls that copy bytes into memory they are given (checker/field_writes.h) */
  size_t nbyte_writers;
  char **read_socket_sources; /* SSL_set_rfd: a socket to read from only */
  size_t nread_socket_sources;
  char **bio_retry_copiers; /* BIO_copy_next_retry: sets whatever retry flags the next BIO has */
  size_t nbio_retry_copiers;
  char **bio_chainers; /* BIO_push: makes a BIO part of another's chain */
  size_t nbio_chainers;
  char **mode_clearers; /* SSL_CTX_ctrl, SSL_ctrl: with clear_mode_cmd, may clear SSL_MODE_AUTO_RETRY */
  size_t nmode_clearers;
  long long clear_mode_cmd;
  /* custom_bio.mem_eof_return: the ctrl calls and command that set what an
   * empty memory BIO's read returns (BIO_set_mem_eof_return(b, v): BIO_ctrl,
   * BIO_C_SET_BUF_MEM_EOF_RETURN 130); 0 makes it report the end of the data */
  char **mem_eof_setters;
  size_t nmem_eof_setters;
  long long mem_eof_cmd;
  /* SSL_CTX_ctrl, SSL_ctrl: with set_mode_cmd and an argument 2 with
   * partial_write_bits set (or not a constant), may turn on
   * SSL_MODE_ENABLE_PARTIAL_WRITE, where SSL_write() may succeed with less
   * than its whole length */
  char **mode_setters;
  size_t nmode_setters;
  long long set_mode_cmd, partial_write_bits;
  char **bio_set_read; /* BIO_meth_set_read: a project's own read function */
  size_t nbio_set_read;
  /* The least result of a TLS I/O call (role io) over OpenSSL's own BIOs:
   * a method of the project's own may make it return less (a read that
   * gives -2); has_native_min_result: the key is given */
  bool has_native_min_result;
  long long native_min_result;
  /* SSL_MODE_ASYNC's bits, set through partial_write's functions and command
   * (0: the key is not given) */
  long long async_mode_bits;
  char **sys_error_sources; /* BIO_new_connect, ...: BIOs whose I/O puts ERR_LIB_SYS errors on the queue */
  size_t nsys_error_sources;
  char **bio_method_makers; /* BIO_meth_new: the run makes a BIO method of its own */
  size_t nbio_method_makers;
  /* BIO_ctrl, ...: calls into a BIO's method whose roles (per command) hold
   * for OpenSSL's own BIO methods only; in a run that makes its own, they may push. */
  char **bio_method_calls;
  size_t nbio_method_calls;
  /* BIO_meth_set_ctrl, ...: (derivation) setters that store their parameter
   * in a method of the application's own, whatever OpenSSL's calls pass */
  char **bio_method_setters;
  size_t nbio_method_setters;
  /* BIO_meth_set_ctrl / BIO_meth_get_ctrl: a method whose ctrl is set from
   * the getter's result (another method's, OpenSSL's own) answers the calls
   * into it as that method does */
  char **bio_ctrl_setters, **bio_ctrl_getters;
  size_t nbio_ctrl_setters, nbio_ctrl_getters;
  /* recv, send, ...: the C library's socket calls, which set errno (OSSL003:
   * an EAGAIN test after one is that call's, not the TLS socket's) */
  char **errno_setters;
  size_t nerrno_setters;
  /* Calls that set an SSL's shutdown state themselves (SSL_set_shutdown, a
   * quiet SSL_shutdown): a close_notify_bits query after them says nothing of the peer. */
  char **shutdown_setters;
  size_t nshutdown_setters;
  char **handshakes; /* I/O calls that only run the handshake (SSL_connect): they deliver no data */
  size_t nhandshakes;
  char **no_data_io; /* other I/O calls that deliver no data (SSL_shutdown): `no_data_io:` */
  size_t nno_data_io;
  /* Calls that put an SSL back before its handshake (SSL_clear,
   * SSL_set_accept_state): the next handshake call on it runs the handshake */
  char **handshake_resets;
  size_t nhandshake_resets;
  /* Calls that return a new SSL, before its handshake, or NULL (SSL_new):
   * `ssl_makers:` */
  char **ssl_makers;
  size_t nssl_makers;
  /* Calls that read through their argument 0 (the SSL or SSL_CTX) on every
   * way that does not push an error of their own (SSL_set_ex_data,
   * SSL_set_fd): given NULL they crash, so the way on from one has that
   * argument non-NULL (an unchecked SSL_new() it is given succeeded). */
  char **null_crashes;
  size_t nnull_crashes;
  /* `thread_starts:` the C library's calls that start a thread running the
   * function given as argument thread_start_args[i] (pthread_create: 2). A
   * new thread's error queue is empty. */
  char **thread_starts;
  int *thread_start_args;
  size_t nthread_starts;
  /* TLS I/O calls whose failure that pushed leaves the SSL where the same
   * call on it fails again with an error of its own (SSL_shutdown: in its
   * handshake or broken, SSL_R_SHUTDOWN_WHILE_IN_INIT each time): right
   * after such a failure, the twin's error on the queue changes nothing of
   * how SSL_get_error() classifies the call. */
  char **repeats_failure;
  size_t nrepeats_failure;
  api_error_codes codes;
  api_available *available;
  size_t navailable, available_cap;
} api_model;

/* Parse a model file. On failure returns false and sets *err to a one-line
 * message "FILE:LINE:COL: problem" (caller frees). */
bool model_load(const char *path, api_model *m, char **err);
void model_free(api_model *m);
/* A deep copy, to add roles to without touching the original. */
void model_copy(api_model *dst, const api_model *src);

const api_function *model_lookup(const api_model *m, const char *name);
/* What a call to fn does, given its command argument when that is a known
 * constant (has_cmd): the command's own entry if there is one, else fn's. */
/* The effect of a call of fn whose command argument is cmd (when has_cmd);
 * arg_const(call, i, &v) says whether the call's argument i is a constant, v. */
api_effect model_effect_of(const api_function *fn, bool has_cmd, long long cmd,
                           bool (*arg_const)(const void *call, int i, long long *v), const void *call);
/* Add or replace one function's role (used by configuration files); takes
 * ownership of fn->commands. */
void model_set(api_model *m, const api_function *fn);
const char *model_role_name(api_role r);
/* Whether name is in the sorted list v of n names. */
bool model_name_in(char *const *v, size_t n, const char *name);
/* Whether `name` starts with one of the n sorted prefixes in v. */
bool model_prefix_in(char *const *v, size_t n, const char *name);
/* Whether the configuration lists `name` under `entry-points:`. */
bool model_is_entry_point(const api_model *m, const char *name);
bool model_role_from_name(const char *s, api_role *out);

/* Role of a call to `name`; `declared_in_openssl` says whether its declaration
 * lives under the model's OpenSSL header directory. */
api_role model_role_of(const api_model *m, const char *name, bool declared_in_openssl,
                       const api_function **fn_out);

/* Apply a configuration file (.ossl-lint.yaml): `functions` entries are added
 * to (or replace those of) the model; `rules: {enable: [..], disable: [..]}`
 * set rule_state[i] to 1 or 0 for the rule ids[i] / names[i]. */
bool config_load(const char *path, api_model *m, signed char *rule_state, const char *const *ids,
                 const char *const *names, int nrules, char **err);

/* Where the model is looked for when --model is not given: next to the
 * executable (../share/ossl-lint), the source tree, the installed path. */
char *model_default_path(void);

#endif
