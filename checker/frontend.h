/* The front end: which translation units to parse (files and flags, or a
 * compile_commands.json through libclang's compilation-database API), parsing
 * them in parallel with keep-going, and lowering each function to the IR. */
#ifndef OSSL_LINT_FRONTEND_H
#define OSSL_LINT_FRONTEND_H

#include "ir.h"
#include "overlay.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
  char *file;  /* the source file, as given or as the database names it */
  char **argv; /* the whole command line, argv[0] the compiler */
  int argc;
} tu_job;

/* A file a translation unit read, by real path, and a hash of the content it read. */
typedef struct {
  char *path;
  uint64_t hash;
} tu_dep;

typedef struct {
  ir_function **fns;
  int nfns, cap;
  char *errors;   /* one-line errors to print, in order, or NULL */
  bool failed;    /* the file could not be analyzed (fully): exit status 2 */
  char *cfg_dump; /* --dump-cfg */
  char **addr_taken; /* the functions whose address it takes (sorted names) */
  int naddr_taken;
  char **field_writes; /* what it stores in fields holding OpenSSL objects (checker/field_writes.h) */
  int nfield_writes;
  /* collect_inits: "STRUCT.FIELD FUNCTION", one per function whose address an
   * initializer of this file stores in a field (`static const BIO_METHOD m = {..., mem_ctrl}`). */
  char **inits;
  int ninits, inits_cap;
  /* collect_deps: the main file and every file it includes (for the cache's key). */
  tu_dep *deps;
  int ndeps, deps_cap;
  bool from_cache; /* loaded from the cache, not parsed */
  /* From the cache: fns (their arrays and strings) live in this arena, freed
   * with the result in one call, never function by function; NULL: parsed. */
  struct arena *arena;
} tu_result;

typedef struct {
  const char *openssl_dir;
  /* Calls that copy bytes into the memory they are given (memcpy): a struct
   * given to them may hold anything (checker/field_writes.h). */
  char *const *byte_writers;
  size_t nbyte_writers;
  /* Calls that run one of their arguments in a new thread (pthread_create: 2;
   * the model's thread_starts): that function starts with an empty
   * error queue (checker/address_taken.h). */
  char *const *thread_starts;
  const int *thread_start_args;
  size_t nthread_starts;
  int jobs;
  bool dump_cfg;
  bool progress; /* "files done of total" on stderr (when it is a terminal) */
  long max_file_size; /* bytes; a larger file is refused with a message (0: no limit) */
  int file_timeout;   /* seconds for one file; past it the run stops with a message (0: none) */
  bool collect_inits; /* fill tu_result.inits (method tables, for --derive-model) */
  bool collect_deps;  /* fill tu_result.deps */
  const file_overlay *overlays; /* parse these files with this content */
  int noverlays;
} frontend_opts;

/* One job per file, each with the same flags; a file named twice (`a.c ./a.c`)
 * gets one job. *n: how many. */
tu_job *frontend_jobs_from_files(char **files, int nfiles, char **flags, int nflags, int *n);

/* Jobs from BUILD_DIR/compile_commands.json: all of its commands, or those of
 * the given files. Problems go to *errors as one-line messages; returns NULL
 * (and *n = 0) when the database cannot be used at all. */
tu_job *frontend_jobs_from_compdb(const char *build_dir, char **files, int nfiles, int *n,
                                  strbuf *errors, bool *failed);

void frontend_jobs_free(tu_job *jobs, int n);
void frontend_job_free_contents(tu_job *job);

/* Parse and lower every job; results[i] belongs to jobs[i]. */
void frontend_run(const tu_job *jobs, int n, const frontend_opts *opts, tu_result *results);
void frontend_result_free(tu_result *r);

#endif
