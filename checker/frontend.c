#include "frontend.h"

#include "cfg.h"
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
#include <unistd.h>

enum { WORKER_STACK = 64 << 20 };

/* ---- jobs ---- */

tu_job *frontend_jobs_from_files(char **files, int nfiles, char **flags, int nflags) {
  tu_job *jobs = xcalloc((size_t)nfiles + 1, sizeof *jobs);
  for (int i = 0; i < nfiles; i++) {
    int argc = nflags + 2;
    char **argv = xmalloc(((size_t)argc + 1) * sizeof *argv);
    argv[0] = xstrdup("clang");
    for (int j = 0; j < nflags; j++) argv[j + 1] = xstrdup(flags[j]);
    argv[argc - 1] = xstrdup(files[i]);
    argv[argc] = NULL;
    jobs[i] = (tu_job){xstrdup(files[i]), argv, argc};
  }
  return jobs;
}

static char *cx_take(CXString s) {
  const char *c = clang_getCString(s);
  char *r = xstrdup(c ? c : "");
  clang_disposeString(s);
  return r;
}

static void add_commands(CXCompileCommands cmds, tu_job **jobs, int *n, int *cap) {
  unsigned count = clang_CompileCommands_getSize(cmds);
  for (unsigned i = 0; i < count; i++) {
    CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, i);
    unsigned nargs = clang_CompileCommand_getNumArgs(cmd);
    if (nargs == 0) continue;
    char *dir = cx_take(clang_CompileCommand_getDirectory(cmd));
    tu_job job = {.file = cx_take(clang_CompileCommand_getFilename(cmd))};
    job.argc = (int)nargs + 1;
    job.argv = xmalloc(((size_t)job.argc + 1) * sizeof *job.argv);
    for (unsigned a = 0; a < nargs; a++) job.argv[a] = cx_take(clang_CompileCommand_getArg(cmd, a));
    job.argv[nargs] = xasprintf("-working-directory=%s", dir);
    job.argv[job.argc] = NULL;
    if (job.file[0] != '/' && dir[0]) {
      char *abs = xasprintf("%s/%s", dir, job.file);
      free(job.file);
      job.file = abs;
    }
    free(dir);
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
      tu_job *one = frontend_jobs_from_files(&files[i], 1, NULL, 0);
      VEC_PUSH(jobs, *n, cap, one[0]);
      free(one);
    }
    free(abs);
  }
  clang_CompilationDatabase_dispose(db);
  free(path);
  return jobs;
}

void frontend_jobs_free(tu_job *jobs, int n) {
  for (int i = 0; i < n; i++) {
    for (int a = 0; a < jobs[i].argc; a++) free(jobs[i].argv[a]);
    free(jobs[i].argv);
    free(jobs[i].file);
  }
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
static bool check_source(const char *file, tu_result *r) {
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
      char *msg = xasprintf("%s:%u:%u: error: %s", where, line, col, text);
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

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  tu_walk *w = data;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c) ||
      !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
    return CXChildVisit_Continue;
  cfg *g = cfg_build(c);
  if (!g) return CXChildVisit_Continue;
  ir_function *f = lower_function(c, g, w->opts->openssl_dir);
  if (w->opts->dump_cfg) {
    char *d = cfg_dump(g);
    sb_appendf(&w->dump, "%s:\n%s", f->name, d);
    free(d);
  }
  cfg_free(g);
  VEC_PUSH(w->r->fns, w->r->nfns, w->r->cap, f);
  return CXChildVisit_Continue;
}

static void run_job(CXIndex index, const tu_job *job, const frontend_opts *opts, tu_result *r) {
  if (!check_source(job->file, r)) return;
  CXTranslationUnit tu = NULL;
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  enum CXErrorCode ec = clang_parseTranslationUnit2FullArgv(
      index, NULL, (const char *const *)job->argv, job->argc, NULL, 0, flags, &tu);
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
} pool;

static void *worker(void *arg) {
  pool *p = arg;
  CXIndex index = clang_createIndex(0, 0);
  for (int i; (i = atomic_fetch_add(&p->next, 1)) < p->n;) {
    run_job(index, &p->jobs[i], p->opts, &p->results[i]);
    if (p->opts->progress) {
      pthread_mutex_lock(&p->progress_lock);
      p->done++;
      fprintf(stderr, "\rossl-lint: %d of %d files", p->done, p->n);
      fflush(stderr);
      pthread_mutex_unlock(&p->progress_lock);
    }
  }
  clang_disposeIndex(index);
  return NULL;
}

void frontend_run(const tu_job *jobs, int n, const frontend_opts *opts, tu_result *results) {
  memset(results, 0, (size_t)n * sizeof *results);
  pool p = {.jobs = jobs, .n = n, .opts = opts, .results = results};
  atomic_init(&p.next, 0);
  pthread_mutex_init(&p.progress_lock, NULL);
  int nthreads = opts->jobs < 1 ? 1 : opts->jobs;
  if (nthreads > n) nthreads = n > 0 ? n : 1;
  pthread_t *threads = xcalloc((size_t)nthreads, sizeof *threads);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, WORKER_STACK); /* deep nesting recurses in the CFG builder */
  int started = 0;
  for (int i = 0; i < nthreads; i++)
    if (pthread_create(&threads[i], &attr, worker, &p) == 0) started++;
    else break;
  if (started == 0) worker(&p);
  for (int i = 0; i < started; i++) pthread_join(threads[i], NULL);
  pthread_attr_destroy(&attr);
  pthread_mutex_destroy(&p.progress_lock);
  if (opts->progress && n > 0) fputs("\r\033[K", stderr); /* erase the progress line */
  free(threads);
}

void frontend_result_free(tu_result *r) {
  for (int i = 0; i < r->nfns; i++) ir_function_free(r->fns[i]);
  free(r->fns);
  free(r->errors);
  free(r->cfg_dump);
  memset(r, 0, sizeof *r);
}
