#include "units.h"

#include "hash.h"
#include "parallel.h"
#include "tu_cache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

tu_job *units_whole_project(const char *build_dir, char **files, int nfiles, int *njobs, strbuf *errors,
                            bool *trouble) {
  tu_job *jobs = frontend_jobs_from_compdb(build_dir, NULL, 0, njobs, errors, trouble);
  int cap = *njobs;
  for (int i = 0; i < nfiles; i++) {
    char *real = realpath(files[i], NULL);
    bool listed = false;
    for (int j = 0; j < *njobs && !listed; j++) {
      char *rj = realpath(jobs[j].file, NULL);
      listed = rj && real && !strcmp(rj, real);
      free(rj);
    }
    size_t len = strlen(files[i]);
    bool header = len > 2 && !strcmp(files[i] + len - 2, ".h");
    free(real);
    if (listed || header) continue;
    int n1 = 0;
    tu_job *one = frontend_jobs_from_compdb(build_dir, &files[i], 1, &n1, errors, trouble);
    for (int j = 0; j < n1; j++) VEC_PUSH(jobs, *njobs, cap, one[j]);
    free(one);
  }
  return jobs;
}

int units_keep_shard(tu_job *jobs, int n, int k, int nshards) {
  int out = 0;
  for (int i = 0; i < n; i++) {
    if (hash64_str(jobs[i].file, 0) % (uint64_t)nshards == (uint64_t)(k - 1)) jobs[out++] = jobs[i];
    else frontend_job_free_contents(&jobs[i]);
  }
  return out;
}

/* The hash of the configuration that governs a unit (its path and content). */
static uint64_t config_hash(tu_cache *c, const config_set *configs, const char *file) {
  const char *path = config_path_for(configs, file);
  return path ? hash64_mix(hash64_str(path, 4), tu_cache_file_hash(c, path)) : 0;
}

typedef struct {
  tu_cache *cache;
  const config_set *configs;
  const tu_job *jobs;
  bool merge;
  uint64_t *config; /* per job: its configuration's hash (the key needs it to store a parse too) */
  bool *hit;        /* per job: loaded from the cache */
  tu_result *results;
} load_ctx;

static void load_one(void *ctx, int i, int thread) {
  (void)thread;
  load_ctx *lc = ctx;
  lc->config[i] = config_hash(lc->cache, lc->configs, lc->jobs[i].file);
  lc->hit[i] = tu_cache_load(lc->cache, &lc->jobs[i], lc->config[i], lc->merge, &lc->results[i]);
}

bool units_parse_or_load(const units_opts *o, const tu_job *jobs, int njobs, const config_set *configs,
                         frontend_opts *fo, tu_result *results) {
  tu_cache *cache = NULL;
  char *default_dir = NULL;
  if (o->use_cache) {
    char *const *dirs = o->cache_dirs;
    int ndirs = o->ncache_dirs;
    if (!ndirs) {
      default_dir = xasprintf("%s/.ossl-lint-cache", o->build_dir);
      dirs = &default_dir;
      ndirs = 1;
    }
    cache = tu_cache_open(dirs, ndirs, !o->merge, tu_cache_checker_id(o->version),
                          tu_cache_setup_hash(o->model_path), fo->overlays, fo->noverlays);
    if (tu_cache_created(cache) && fo->progress) /* like the progress line: on a terminal */
      fprintf(stderr, "ossl-lint: filling the new cache %s: every file is parsed this once\n", dirs[0]);
  }
  uint64_t *config = xcalloc((size_t)njobs + 1, sizeof *config);
  bool *hit = xcalloc((size_t)njobs + 1, sizeof *hit);
  tu_job *todo = xcalloc((size_t)njobs + 1, sizeof *todo);
  int *where = xcalloc((size_t)njobs + 1, sizeof *where);
  int ntodo = 0;
  if (cache) { /* every entry read, checked and turned into IR on the -j threads */
    load_ctx lc = {cache, configs, jobs, o->merge, config, hit, results};
    parallel_for(njobs, fo->jobs < 1 ? 1 : fo->jobs, load_one, &lc);
  }
  for (int i = 0; i < njobs; i++) {
    if (hit[i]) continue;
    todo[ntodo] = jobs[i];
    where[ntodo++] = i;
  }
  bool ok = true;
  if (o->merge && ntodo) {
    fprintf(stderr, "ossl-lint: error: --merge: %d of %d translation units have no current entry in the "
                    "--cache directories (first: %s); run their --shard again\n",
            ntodo, njobs, todo[0].file);
    ok = false;
  } else if (ntodo) {
    tu_result *parsed = xcalloc((size_t)ntodo + 1, sizeof *parsed);
    fo->collect_deps = cache != NULL;
    frontend_run(todo, ntodo, fo, parsed);
    for (int t = 0; t < ntodo; t++) {
      int i = where[t];
      results[i] = parsed[t];
      if (cache) tu_cache_store(cache, &jobs[i], config[i], &results[i]);
    }
    free(parsed);
  }
  if (cache && o->shard_n && !o->quiet) {
    int loaded, stored;
    tu_cache_counts(cache, &loaded, &stored);
    fprintf(stderr, "ossl-lint: shard %d/%d: %d translation units (%d parsed, %d already cached) in %s\n",
            o->shard_k, o->shard_n, njobs, ntodo, loaded, o->ncache_dirs ? o->cache_dirs[0] : default_dir);
  }
  tu_cache_close(cache, stderr);
  free(default_dir);
  free(config);
  free(hit);
  free(todo);
  free(where);
  return ok;
}
