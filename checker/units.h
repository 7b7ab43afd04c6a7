/* Where each translation unit's contribution comes from: the cache, when it
 * holds a current entry for the unit, else a parse (whose result is then
 * cached). Also which units a run takes: --whole-project (every unit of the
 * database, for the pre-commit hook) and --shard K/N (a stable share). */
#ifndef OSSL_LINT_UNITS_H
#define OSSL_LINT_UNITS_H

#include "config.h"
#include "frontend.h"

#include <stdbool.h>

typedef struct {
  const char *build_dir;     /* -p, or NULL */
  char *const *cache_dirs;   /* --cache (read from all, written to the first) */
  int ncache_dirs;
  bool use_cache;            /* with no --cache: BUILD_DIR/.ossl-lint-cache */
  bool merge;                /* parse nothing: every unit from the caches */
  bool quiet;
  int shard_k, shard_n;      /* for the shard's summary line; shard_n 0: not a shard */
  const char *model_path;    /* its files are part of every unit's key */
  const char *version;
} units_opts;

/* --whole-project: every unit of BUILD_DIR's database, and those of the FILE...
 * (not headers) that it does not list (parsed without flags, as for
 * -p BUILD_DIR FILE...). */
tu_job *units_whole_project(const char *build_dir, char **files, int nfiles, int *njobs, strbuf *errors,
                            bool *trouble);

/* --shard K/N: keep the units whose file path hashes to share K (1-based) of
 * N, free the others; returns how many are kept. */
int units_keep_shard(tu_job *jobs, int n, int k, int nshards);

/* Fill results[] (one per job): from the cache where it has a current entry,
 * by parsing the rest with fo (and caching them). With merge, a unit missing
 * from the caches is an error (said on stderr): returns false. */
bool units_parse_or_load(const units_opts *o, const tu_job *jobs, int njobs, const config_set *configs,
                         frontend_opts *fo, tu_result *results);

#endif
