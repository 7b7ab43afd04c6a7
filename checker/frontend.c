#include "frontend.h"

#include "address_taken.h"
#include "arena.h"
#include "cfg.h"
#include "cursor.h"
#include "hash.h"
#include "field_writes.h"
#include "inits.h"
#include "lower.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { WORKER_STACK = 256 << 20 }; /* libclang parses on our thread (LIBCLANG_NOTHREADS) */

/* ---- jobs ---- */

/* Old C that GCC and older clang accept with a warning and clang 19 rejects:
 * implicit function declarations and int, int <-> pointer conversions,
 * incompatible pointer types. Downgraded to warnings (after the project's own
 * flags), so such a file is analyzed whole and a parse error stays a real one. */
static const char *const OLD_C_FLAGS[] = {
    "-Wno-error=implicit-function-declaration", "-Wno-error=implicit-int", "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types", "-Wno-error=incompatible-function-pointer-types",
};
enum { NOLD_C = sizeof OLD_C_FLAGS / sizeof OLD_C_FLAGS[0] };

typedef struct {
  char *name; /* the real path, or the name as given when it has none */
  int index;
} named_file;

static int cmp_named(const void *a, const void *b) {
  const named_file *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : x->index - y->index;
}

/* Per file: whether an earlier one names the same file (`a.c ./a.c`). One
 * realpath per file and a sort, not a comparison of every pair. */
static bool *named_before(char **files, int nfiles) {
  named_file *v = xmalloc(((size_t)nfiles + 1) * sizeof *v);
  for (int i = 0; i < nfiles; i++) {
    char *real = realpath(files[i], NULL);
    v[i] = (named_file){real ? real : xstrdup(files[i]), i};
  }
  qsort(v, (size_t)nfiles, sizeof *v, cmp_named);
  bool *dup = xcalloc((size_t)nfiles + 1, sizeof *dup);
  for (int i = 1; i < nfiles; i++) dup[v[i].index] = !strcmp(v[i].name, v[i - 1].name);
  for (int i = 0; i < nfiles; i++) free(v[i].name);
  free(v);
  return dup;
}

tu_job *frontend_jobs_from_files(char **files, int nfiles, char **flags, int nflags, int *n) {
  tu_job *jobs = xcalloc((size_t)nfiles + 1, sizeof *jobs);
  bool *dup = named_before(files, nfiles);
  *n = 0;
  for (int i = 0; i < nfiles; i++) {
    if (dup[i]) continue; /* parse a file once */
    int argc = nflags + NOLD_C + 2;
    char **argv = xmalloc(((size_t)argc + 1) * sizeof *argv);
    argv[0] = xstrdup("clang");
    for (int j = 0; j < nflags; j++) argv[j + 1] = xstrdup(flags[j]);
    for (int j = 0; j < NOLD_C; j++) argv[nflags + 1 + j] = xstrdup(OLD_C_FLAGS[j]);
    argv[argc - 1] = xstrdup(files[i]);
    argv[argc] = NULL;
    jobs[(*n)++] = (tu_job){xstrdup(files[i]), argv, argc};
  }
  free(dup);
  return jobs;
}

/* How many arguments a dependency-output flag takes up (itself and its
 * value: -MF FILE, -MT T, -MQ T; -MD, -MMD, -MP alone; -MFFILE joined), or 0. */
static int dependency_flag_args(const char *arg) {
  if (!strcmp(arg, "-MD") || !strcmp(arg, "-MMD") || !strcmp(arg, "-MP")) return 1;
  if (!strcmp(arg, "-MF") || !strcmp(arg, "-MT") || !strcmp(arg, "-MQ")) return 2;
  if (!strncmp(arg, "-MF", 3) || !strncmp(arg, "-MT", 3) || !strncmp(arg, "-MQ", 3)) return 1;
  return 0;
}

static void add_commands(CXCompileCommands cmds, tu_job **jobs, int *n, int *cap) {
  unsigned count = clang_CompileCommands_getSize(cmds);
  for (unsigned i = 0; i < count; i++) {
    CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, i);
    unsigned nargs = clang_CompileCommand_getNumArgs(cmd);
    if (nargs == 0) continue;
    char *dir = cx_take(clang_CompileCommand_getDirectory(cmd));
    tu_job job = {.file = cx_take(clang_CompileCommand_getFilename(cmd))};
    /* Our flags go after the project's (the project's own -Werror must not turn
     * warnings into parse errors here) but before a "--" that ends the options,
     * as in the commands libclang infers for files missing from the database. */
    /* -Wno-unknown-warning-option: a GCC build's -Wlogical-op and the like. */
    enum { NEXTRA = 4 + NOLD_C };
    const char *extra[NEXTRA] = {NULL, "-Wno-error", "-Qunused-arguments", "-Wno-unknown-warning-option"};
    for (int j = 0; j < NOLD_C; j++) extra[4 + j] = OLD_C_FLAGS[j];
    char *wd = xasprintf("-working-directory=%s", dir);
    extra[0] = wd;
    job.argc = (int)nargs + NEXTRA;
    job.argv = xmalloc(((size_t)job.argc + 1) * sizeof *job.argv);
    int out = 0;
    bool placed = false;
    for (unsigned a = 0; a < nargs; a++) {
      char *arg = cx_take(clang_CompileCommand_getArg(cmd, a));
      /* Dependency-file output (-MD -MF dir/x.o.d, as meson writes it): a parse
       * writes no file, and a relative -MF path would fail to open. */
      int skip = placed ? 0 : dependency_flag_args(arg);
      if (skip > 0) {
        free(arg);
        a += (unsigned)skip - 1;
        continue;
      }
      if (!placed && !strcmp(arg, "--")) {
        for (int e = 0; e < NEXTRA; e++) job.argv[out++] = xstrdup(extra[e]);
        placed = true;
      }
      job.argv[out++] = arg;
    }
    if (!placed)
      for (int e = 0; e < NEXTRA; e++) job.argv[out++] = xstrdup(extra[e]);
    free(wd);
    job.argc = out;
    job.argv[job.argc] = NULL;
    if (job.file[0] != '/' && dir[0]) {
      char *abs = xasprintf("%s/%s", dir, job.file);
      free(job.file);
      job.file = abs;
    }
    free(dir);
    bool seen = false; /* a file built twice (static and shared library): parse it once */
    for (int j = 0; j < *n && !seen; j++) seen = !strcmp((*jobs)[j].file, job.file);
    if (seen) {
      frontend_job_free_contents(&job);
      continue;
    }
    VEC_PUSH(*jobs, *n, *cap, job);
  }
}

tu_job *frontend_jobs_from_compdb(const char *build_dir, char **files, int nfiles, int *n,
                                  strbuf *errors, bool *failed) {
  *n = 0;
  char *path = xasprintf("%s/compile_commands.json", build_dir);
  struct stat st;
  if (stat(path, &st) != 0) {
    sb_appendf(errors, "%s: error: cannot read compilation database: %s\n", path, strerror(errno));
    *failed = true;
    free(path);
    return NULL;
  }
  CXCompilationDatabase_Error err;
  CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &err);
  if (err != CXCompilationDatabase_NoError || !db) {
    sb_appendf(errors, "%s: error: cannot load compilation database (not valid JSON, or not "
                       "a list of {directory, file, command|arguments} entries)\n", path);
    *failed = true;
    free(path);
    return NULL;
  }
  tu_job *jobs = NULL;
  int cap = 0;
  if (nfiles == 0) {
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    add_commands(cmds, &jobs, n, &cap);
    clang_CompileCommands_dispose(cmds);
    if (*n == 0) {
      sb_appendf(errors, "%s: error: the compilation database has no compile commands\n", path);
      *failed = true;
    }
  }
  for (int i = 0; i < nfiles; i++) {
    char *abs = files[i][0] == '/' ? xstrdup(files[i]) : NULL;
    if (!abs) {
      char cwd[4096];
      abs = getcwd(cwd, sizeof cwd) ? xasprintf("%s/%s", cwd, files[i]) : xstrdup(files[i]);
    }
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, abs);
    int before = *n;
    if (cmds) {
      add_commands(cmds, &jobs, n, &cap);
      clang_CompileCommands_dispose(cmds);
    }
    if (*n == before) { /* not in the database: parse it without flags */
      sb_appendf(errors, "%s: warning: not in %s; parsed without its compile flags\n", files[i],
                 path);
      int one_n;
      tu_job *one = frontend_jobs_from_files(&files[i], 1, NULL, 0, &one_n);
      VEC_PUSH(jobs, *n, cap, one[0]);
      free(one);
    }
    free(abs);
  }
  clang_CompilationDatabase_dispose(db);
  free(path);
  return jobs;
}

void frontend_job_free_contents(tu_job *job) {
  for (int a = 0; a < job->argc; a++) free(job->argv[a]);
  free(job->argv);
  free(job->file);
}

void frontend_jobs_free(tu_job *jobs, int n) {
  for (int i = 0; i < n; i++) frontend_job_free_contents(&jobs[i]);
  free(jobs);
}

/* ---- one translation unit ---- */

static void fail(tu_result *r, char *line) {
  strbuf sb = {0};
  if (r->errors) sb_append(&sb, r->errors);
  sb_append(&sb, line);
  sb_append(&sb, "\n");
  free(r->errors);
  free(line);
  r->errors = sb_take(&sb);
  r->failed = true;
}

/* Refuse what is not a readable C source file, with the reason. */
static bool check_source(const char *file, long max_size, tu_result *r) {
  struct stat st;
  if (stat(file, &st) != 0) {
    fail(r, xasprintf("%s: error: %s", file,
                      errno == ENOENT ? "no such file" : strerror(errno)));
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    fail(r, xasprintf("%s: error: is a directory, not a C source file", file));
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    fail(r, xasprintf("%s: error: not a regular file", file));
    return false;
  }
  if (max_size > 0 && st.st_size > max_size) {
    fail(r, xasprintf("%s: error: too large (%lld bytes, the limit is %ld; see --max-file-size)",
                      file, (long long)st.st_size, max_size));
    return false;
  }
  int fd = open(file, O_RDONLY);
  if (fd < 0) {
    fail(r, xasprintf("%s: error: cannot read: %s", file, strerror(errno)));
    return false;
  }
  char buf[4096];
  ssize_t got = read(fd, buf, sizeof buf);
  int read_errno = errno;
  close(fd);
  if (got < 0) {
    fail(r, xasprintf("%s: error: cannot read: %s", file, strerror(read_errno)));
    return false;
  }
  if (memchr(buf, '\0', (size_t)got)) {
    fail(r, xasprintf("%s: error: binary file, not C source", file));
    return false;
  }
  return true;
}

static void report_diagnostics(CXTranslationUnit tu, const char *file, tu_result *r) {
  unsigned n = clang_getNumDiagnostics(tu), errors = 0;
  char *first = NULL, *missing = NULL;
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
      errors++;
      char *text = cx_take(clang_getDiagnosticSpelling(d));
      CXFile f;
      unsigned line, col;
      clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, &line, &col, NULL);
      char *where = f ? cx_take(clang_getFileName(f)) : xstrdup(file);
      /* The line names the file analyzed, and the header when the error is in one. */
      size_t lw = strlen(where), lf = strlen(file);
      bool same = !f || !strcmp(where, file) ||
                  (lf > lw && where[0] != '/' && !strcmp(file + lf - lw, where) && file[lf - lw - 1] == '/');
      char *msg = same ? xasprintf("%s:%u:%u: error: %s", where, line, col, text)
                      : xasprintf("%s: error: in %s:%u:%u: %s", file, where, line, col, text);
      if (!missing && strstr(text, "file not found")) missing = msg;
      else if (!first) first = msg;
      else free(msg);
      free(where);
      free(text);
    }
    clang_disposeDiagnostic(d);
  }
  if (missing) {
    fail(r, xasprintf("%s (missing include path? give -I flags after --, or use -p BUILD_DIR); "
                      "analyzed as far as the code allows",
                      missing));
  } else if (first) {
    char *more = errors > 1 ? xasprintf(" (and %u more errors)", errors - 1) : xstrdup("");
    fail(r, xasprintf("%s%s; analyzed as far as the code allows", first, more));
    free(more);
  }
  free(missing);
  free(first);
}

typedef struct {
  tu_result *r;
  const frontend_opts *opts;
  strbuf dump;
} tu_walk;

/* A function defined in a project header (not a system or OpenSSL header): a
 * static inline helper, lowered with this translation unit's macros. */
static bool from_project_header(const tu_walk *w, CXCursor c) {
  CXSourceLocation loc = clang_getCursorLocation(c);
  if (clang_Location_isInSystemHeader(loc)) return false;
  CXFile file;
  clang_getExpansionLocation(loc, &file, NULL, NULL, NULL);
  if (!file) return false;
  char *path = cx_take(clang_getFileName(file));
  bool openssl = lower_is_openssl_header(w->opts->openssl_dir, path);
  free(path);
  return !openssl;
}

/* A top-level declaration of the main file or of a project header. */
static bool is_project_code(CXCursor c, void *data) {
  return clang_Location_isFromMainFile(clang_getCursorLocation(c)) || from_project_header(data, c);
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  tu_walk *w = data;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c)) return CXChildVisit_Continue;
  bool in_header = !clang_Location_isFromMainFile(clang_getCursorLocation(c));
  if (in_header && !from_project_header(w, c)) return CXChildVisit_Continue;
  cfg *g = cfg_build(c);
  if (!g) return CXChildVisit_Continue;
  ir_function *f = lower_function(c, g, w->opts->openssl_dir);
  f->in_header = in_header;
  if (w->opts->dump_cfg) {
    char *d = cfg_dump(g);
    sb_appendf(&w->dump, "%s:\n%s", f->name, d);
    free(d);
  }
  cfg_free(g);
  VEC_PUSH(w->r->fns, w->r->nfns, w->r->cap, f);
  return CXChildVisit_Continue;
}

/* ---- the files a translation unit read (the cache's key) ---- */

static void add_dep(CXTranslationUnit tu, CXFile file, tu_result *r) {
  char *path = cx_take(clang_File_tryGetRealPathName(file));
  if (!*path) {
    free(path);
    path = cx_take(clang_getFileName(file));
  }
  for (int i = 0; i < r->ndeps; i++)
    if (!strcmp(r->deps[i].path, path)) {
      free(path);
      return;
    }
  size_t size = 0;
  const char *text = clang_getFileContents(tu, file, &size);
  /* What the parse read; a file it only looked at is hashed as an empty one,
   * and a later content then differs from it. */
  tu_dep d = {path, hash64(text ? text : "", text ? size : 0, 0)};
  VEC_PUSH(r->deps, r->ndeps, r->deps_cap, d);
}

static void visit_inclusion(CXFile included, CXSourceLocation *stack, unsigned depth, CXClientData data) {
  (void)stack;
  (void)depth;
  void **ctx = data;
  add_dep(ctx[0], included, ctx[1]);
}

static void collect_deps(CXTranslationUnit tu, const char *main_file, tu_result *r) {
  CXFile main = clang_getFile(tu, main_file);
  if (main) add_dep(tu, main, r);
  void *ctx[2] = {tu, r};
  clang_getInclusions(tu, visit_inclusion, ctx);
}

static void run_job(CXIndex index, const tu_job *job, const frontend_opts *opts, tu_result *r) {
  if (!check_source(job->file, opts->max_file_size, r)) return;
  CXTranslationUnit tu = NULL;
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  struct CXUnsavedFile *unsaved = xcalloc((size_t)opts->noverlays + 1, sizeof *unsaved);
  for (int i = 0; i < opts->noverlays; i++)
    unsaved[i] = (struct CXUnsavedFile){opts->overlays[i].path, opts->overlays[i].contents,
                                        (unsigned long)opts->overlays[i].len};
  enum CXErrorCode ec = clang_parseTranslationUnit2FullArgv(
      index, NULL, (const char *const *)job->argv, job->argc, unsaved, (unsigned)opts->noverlays, flags, &tu);
  free(unsaved);
  if (ec != CXError_Success || !tu) {
    fail(r, xasprintf("%s: error: libclang could not parse it (%s)", job->file,
                      ec == CXError_Crashed            ? "the parser crashed"
                      : ec == CXError_InvalidArguments ? "invalid compiler arguments"
                                                       : "failure"));
    return;
  }
  report_diagnostics(tu, job->file, r);
  tu_walk w = {.r = r, .opts = opts};
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &w);
  r->addr_taken = address_taken_collect(tu, is_project_code, &w, opts->thread_starts, opts->thread_start_args,
                                        opts->nthread_starts, &r->naddr_taken);
  r->field_writes = field_writes_collect(tu, opts->openssl_dir, opts->byte_writers, opts->nbyte_writers, is_project_code, &w,
                                         &r->nfield_writes);
  if (opts->collect_inits) inits_collect(tu, r);
  if (opts->collect_deps) collect_deps(tu, job->file, r);
  if (opts->dump_cfg) r->cfg_dump = sb_take(&w.dump);
  clang_disposeTranslationUnit(tu);
}

/* ---- parallel driver ---- */

typedef struct {
  const tu_job *jobs;
  int n;
  const frontend_opts *opts;
  tu_result *results;
  atomic_int next;
  pthread_mutex_t progress_lock;
  int done;
  /* The watchdog: what each worker is doing since when. */
  pthread_mutex_t watch_lock;
  pthread_cond_t all_done;
  const char **current_file; /* per worker, NULL when idle */
  struct timespec *started;
  atomic_int workers, finished;
} pool;

static double seconds_since(const struct timespec *t) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* A file that takes longer than the limit cannot be interrupted inside
 * libclang: say which file and stop the run rather than hang. */
static void *watchdog(void *arg) {
  pool *p = arg;
  pthread_mutex_lock(&p->watch_lock);
  while (atomic_load(&p->finished) < atomic_load(&p->workers)) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += 200 * 1000 * 1000;
    if (until.tv_nsec >= 1000000000L) {
      until.tv_sec++;
      until.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(&p->all_done, &p->watch_lock, &until);
    for (int w = 0; w < atomic_load(&p->workers); w++)
      if (p->current_file[w] && seconds_since(&p->started[w]) > p->opts->file_timeout) {
        fprintf(stderr, "%s: error: gave up after %d s (the limit of --file-timeout); stopping\n",
                p->current_file[w], p->opts->file_timeout);
        fflush(stderr);
        _exit(2);
      }
  }
  pthread_mutex_unlock(&p->watch_lock);
  return NULL;
}

typedef struct {
  pool *p;
  int id;
} worker_arg;

static void *worker(void *arg) {
  pool *p = ((worker_arg *)arg)->p;
  int id = ((worker_arg *)arg)->id;
  CXIndex index = clang_createIndex(0, 0);
  for (int i; (i = atomic_fetch_add(&p->next, 1)) < p->n;) {
    pthread_mutex_lock(&p->watch_lock);
    p->current_file[id] = p->jobs[i].file;
    clock_gettime(CLOCK_MONOTONIC, &p->started[id]);
    pthread_mutex_unlock(&p->watch_lock);
    run_job(index, &p->jobs[i], p->opts, &p->results[i]);
    pthread_mutex_lock(&p->watch_lock);
    p->current_file[id] = NULL;
    pthread_mutex_unlock(&p->watch_lock);
    if (p->opts->progress) {
      pthread_mutex_lock(&p->progress_lock);
      p->done++;
      fprintf(stderr, "\rossl-lint: %d of %d files", p->done, p->n);
      fflush(stderr);
      pthread_mutex_unlock(&p->progress_lock);
    }
  }
  clang_disposeIndex(index);
  pthread_mutex_lock(&p->watch_lock);
  atomic_fetch_add(&p->finished, 1);
  pthread_cond_signal(&p->all_done);
  pthread_mutex_unlock(&p->watch_lock);
  return NULL;
}

void frontend_run(const tu_job *jobs, int n, const frontend_opts *opts, tu_result *results) {
  memset(results, 0, (size_t)n * sizeof *results);
  pool p = {.jobs = jobs, .n = n, .opts = opts, .results = results};
  atomic_init(&p.next, 0);
  pthread_mutex_init(&p.progress_lock, NULL);
  int nthreads = opts->jobs < 1 ? 1 : opts->jobs;
  if (nthreads > n) nthreads = n > 0 ? n : 1;
  pthread_mutex_init(&p.watch_lock, NULL);
  pthread_cond_init(&p.all_done, NULL);
  p.current_file = xcalloc((size_t)nthreads, sizeof *p.current_file);
  p.started = xcalloc((size_t)nthreads, sizeof *p.started);
  worker_arg *args = xcalloc((size_t)nthreads, sizeof *args);
  pthread_t *threads = xcalloc((size_t)nthreads, sizeof *threads);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, WORKER_STACK); /* deep nesting recurses in libclang and the CFG */
  atomic_init(&p.workers, nthreads);
  atomic_init(&p.finished, 0);
  pthread_t dog;
  bool watching = opts->file_timeout > 0 && pthread_create(&dog, NULL, watchdog, &p) == 0;
  int started = 0;
  for (int i = 0; i < nthreads; i++) {
    args[i] = (worker_arg){&p, i};
    if (pthread_create(&threads[i], &attr, worker, &args[i]) == 0) started++;
    else break;
  }
  if (started < nthreads) atomic_store(&p.workers, started > 0 ? started : 1);
  if (started == 0) worker(&args[0]);
  for (int i = 0; i < started; i++) pthread_join(threads[i], NULL);
  if (watching) pthread_join(dog, NULL);
  free(args);
  free(p.current_file);
  free(p.started);
  pthread_mutex_destroy(&p.watch_lock);
  pthread_cond_destroy(&p.all_done);
  pthread_attr_destroy(&attr);
  pthread_mutex_destroy(&p.progress_lock);
  if (opts->progress && n > 0) fputs("\r\033[K", stderr); /* erase the progress line */
  free(threads);
}

void frontend_result_free(tu_result *r) {
  if (r->arena) arena_free(r->arena); /* the functions with it */
  else
    for (int i = 0; i < r->nfns; i++) ir_function_free(r->fns[i]);
  free(r->fns);
  free(r->errors);
  free(r->cfg_dump);
  for (int i = 0; i < r->naddr_taken; i++) free(r->addr_taken[i]);
  free(r->addr_taken);
  for (int i = 0; i < r->nfield_writes; i++) free(r->field_writes[i]);
  free(r->field_writes);
  for (int i = 0; i < r->ninits; i++) free(r->inits[i]);
  free(r->inits);
  for (int i = 0; i < r->ndeps; i++) free(r->deps[i].path);
  free(r->deps);
  memset(r, 0, sizeof *r);
}
