/* ossl-lint: finds OpenSSL error-queue bugs in C code.
 * Pipeline: front end -> CFG -> IR -> summaries -> rules -> findings -> output. */
#include "analysis.h"
#include "baseline.h"
#include "config.h"
#include "arg_context.h"
#include "custom_bio.h"
#include "dataflow.h"
#include "error_codes.h"
#include "derive.h"
#include "fixit.h"
#include "frontend.h"
#include "model.h"
#include "noreturn.h"
#include "null_fields.h"
#include "output.h"
#include "parallel.h"
#include "project.h"
#include "rules/registry.h"
#include "suppress.h"
#include "units.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef OSSL_LINT_VERSION
#define OSSL_LINT_VERSION "0.0.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

typedef struct {
  char *build_dir;
  char *model_path;
  int jobs;
  bool dump_cfg;
  bool dump_summaries;
  bool list_unmodelled;
  const char *derive_out, *public_headers, *derive_source; /* --derive-model */
  const char *format; /* text, json, sarif, gitlab */
  bool fix;
  bool quiet;
  long max_file_size;
  const char *rules_url;
  int file_timeout;
  const char *baseline, *write_baseline;
  bool enabled[64];
  char **files;
  int nfiles;
  char **flags;
  int nflags;
  char **argv; /* the command line (the HTML report shows it) */
  int argc;
  char **cache_dirs; /* --cache, in order (read from all, written to the first) */
  int ncache_dirs, cache_cap;
  bool no_cache;
  bool merge;          /* --merge: every unit from the caches, nothing parsed */
  int shard_k, shard_n; /* --shard K/N (1-based); shard_n 0: no sharding */
  bool whole_project;  /* -p BUILD_DIR FILE...: analyze all, report FILE... */
  file_overlay *overlays; /* --overlay PATH=COPY */
  int noverlays, overlays_cap;
} options;

static void usage(FILE *out) {
  fputs("usage: ossl-lint [options] FILE... [-- COMPILER FLAGS]\n"
        "       ossl-lint [options] -p BUILD_DIR [FILE...]\n"
        "\n"
        "Finds OpenSSL error-queue bugs: stale queue before I/O (OSSL001), OpenSSL calls\n"
        "between I/O and SSL_get_error (OSSL002), unhandled SSL_ERROR_WANT_* (OSSL003),\n"
        "queue drained before classification (OSSL004), an unexpected EOF taken as a clean\n"
        "close (OSSL005), ERR_get_error() and SSL_get_error() codes confused (OSSL006);\n"
        "--list-rules lists them.\n"
        "\n"
        "options:\n"
        "  -p BUILD_DIR         read BUILD_DIR/compile_commands.json\n"
        "  -j N, --jobs N       parse N translation units in parallel (default: 1)\n"
        "  --model FILE         the OpenSSL API model (default: rules/openssl-api.yaml)\n"
        "  --format FORMAT      text (default), json, sarif (SARIF 2.1.0), gitlab (Code Quality) or\n"
        "                       html (one self-contained page: each finding's path over its source)\n"
        "  --rules-url URL      SARIF: link rule help to URL/OSSLnnn-name.md (default: file://)\n"
        "  --fix                apply the certain fixes (insert ERR_clear_error(); for OSSL001)\n"
        "  --baseline FILE      report only findings not in FILE\n"
        "  --write-baseline FILE  write the findings' fingerprints to FILE and exit 0\n"
        "  --cache DIR          keep what each translation unit contributes in DIR and parse\n"
        "                       only the units that changed (default with -p:\n"
        "                       BUILD_DIR/.ossl-lint-cache); repeat it to read several caches\n"
        "  --no-cache           neither read nor write a cache\n"
        "  --shard K/N          parse and cache only the K-th of N shares of the units (by a\n"
        "                       hash of the file path), report nothing; then --merge\n"
        "  --merge              parse nothing: take every unit from the --cache directories\n"
        "                       (the shards'), and report what one whole run reports\n"
        "  --whole-project      with -p BUILD_DIR FILE...: analyze every unit of the database\n"
        "                       (cached ones from the cache), report the findings in FILE...\n"
        "  --overlay PATH=COPY  analyze PATH as if it held COPY's content (staged versions)\n"
        "  -q, --quiet          no progress, no summary on stderr\n"
        "  --max-file-size N    refuse source files over N bytes (default 33554432; 0: no limit)\n"
        "  --file-timeout S     stop the run if one file takes over S seconds (default 300; 0: none)\n"
        "  --enable IDS         run only these rules (comma-separated ids or names)\n"
        "  --disable IDS        do not run these rules\n"
        "  --list-rules         print the rules and exit\n"
        "  --dump-cfg           print each function's control-flow graph\n"
        "  --dump-summaries     print what each project function was inferred to do (clears,\n"
        "                       drains, classifies, returns I/O results, constants it returns)\n"
        "  --derive-model OUT   with --public-headers DIR: analyze OpenSSL's own source (-p) and\n"
        "                       write the role of every function DIR's headers declare to OUT\n"
        "  --public-headers DIR OpenSSL's include/openssl, for --derive-model\n"
        "  --derive-source TEXT what the derived model came from (its header), for --derive-model\n"
        "  --list-unmodelled    list the OpenSSL functions called that the model does not know\n"
        "                       (taken as ones that may push an error), with their call counts\n"
        "  -h, --help           this text\n"
        "  --version            print the version\n"
        "\n"
        "exit status: 0 no findings, 1 findings, 2 usage, configuration or parse error\n",
        out);
}

static bool set_rules(options *o, const char *list, bool on, bool only) {
  if (only)
    for (int i = 0; i < rule_count; i++) o->enabled[i] = false;
  char *copy = xstrdup(list), *save = NULL;
  bool ok = true;
  for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    const rule_info *r = rule_find(t);
    if (!r) {
      fprintf(stderr, "ossl-lint: error: unknown rule '%s' (see --list-rules)\n", t);
      ok = false;
      continue;
    }
    o->enabled[r - rule_table] = on;
  }
  free(copy);
  return ok;
}

static void options_free(options *o) {
  free(o->argv);
  free(o->cache_dirs);
  for (int i = 0; i < o->noverlays; i++) {
    free(o->overlays[i].path);
    free(o->overlays[i].contents);
  }
  free(o->overlays);
}

/* --overlay PATH=COPY: PATH (by its real path, as libclang will find it) is
 * read from COPY. */
static bool add_overlay(options *o, const char *arg) {
  const char *eq = strchr(arg, '=');
  if (!eq || eq == arg || !eq[1]) {
    fprintf(stderr, "ossl-lint: error: --overlay takes PATH=COPY, got '%s'\n", arg);
    return false;
  }
  char *path = xasprintf("%.*s", (int)(eq - arg), arg);
  FILE *f = fopen(eq + 1, "rb");
  strbuf text = {0};
  if (!f) {
    fprintf(stderr, "%s: error: cannot read (--overlay): %s\n", eq + 1, strerror(errno));
    free(path);
    return false;
  }
  char buf[65536];
  size_t n, len = 0;
  while ((n = fread(buf, 1, sizeof buf - 1, f)) > 0) {
    buf[n] = '\0';
    if (memchr(buf, '\0', n)) {
      fprintf(stderr, "%s: error: binary file, not C source (--overlay)\n", eq + 1);
      fclose(f);
      free(path);
      free(sb_take(&text));
      return false;
    }
    sb_append(&text, buf);
    len += n;
  }
  fclose(f);
  char *real = realpath(path, NULL);
  file_overlay ov = {real ? real : path, sb_take(&text), len};
  if (real) free(path);
  VEC_PUSH(o->overlays, o->noverlays, o->overlays_cap, ov);
  return true;
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, options *o) {
  enum { OPT_MODEL = 256, OPT_ENABLE, OPT_DISABLE, OPT_LIST, OPT_DUMP, OPT_VERSION, OPT_FORMAT, OPT_FIX, OPT_BASELINE, OPT_WRITE_BASELINE, OPT_MAX_SIZE, OPT_TIMEOUT, OPT_RULES_URL, OPT_UNMODELLED, OPT_DUMP_SUMMARIES, OPT_DERIVE, OPT_PUBLIC_HEADERS, OPT_DERIVE_SOURCE, OPT_CACHE, OPT_NO_CACHE, OPT_SHARD, OPT_MERGE, OPT_WHOLE_PROJECT, OPT_OVERLAY };
  static const struct option longs[] = {
      {"jobs", required_argument, NULL, 'j'},    {"model", required_argument, NULL, OPT_MODEL},
      {"format", required_argument, NULL, OPT_FORMAT}, {"fix", no_argument, NULL, OPT_FIX},
      {"baseline", required_argument, NULL, OPT_BASELINE},
      {"write-baseline", required_argument, NULL, OPT_WRITE_BASELINE},
      {"quiet", no_argument, NULL, 'q'},
      {"max-file-size", required_argument, NULL, OPT_MAX_SIZE},
      {"file-timeout", required_argument, NULL, OPT_TIMEOUT},
      {"rules-url", required_argument, NULL, OPT_RULES_URL},
      {"list-unmodelled", no_argument, NULL, OPT_UNMODELLED},
      {"derive-model", required_argument, NULL, OPT_DERIVE},
      {"public-headers", required_argument, NULL, OPT_PUBLIC_HEADERS},
      {"derive-source", required_argument, NULL, OPT_DERIVE_SOURCE},
      {"cache", required_argument, NULL, OPT_CACHE},
      {"no-cache", no_argument, NULL, OPT_NO_CACHE},
      {"shard", required_argument, NULL, OPT_SHARD},
      {"merge", no_argument, NULL, OPT_MERGE},
      {"whole-project", no_argument, NULL, OPT_WHOLE_PROJECT},
      {"overlay", required_argument, NULL, OPT_OVERLAY},
      {"enable", required_argument, NULL, OPT_ENABLE},
      {"disable", required_argument, NULL, OPT_DISABLE},
      {"list-rules", no_argument, NULL, OPT_LIST}, {"dump-cfg", no_argument, NULL, OPT_DUMP},
      {"dump-summaries", no_argument, NULL, OPT_DUMP_SUMMARIES},
      {"help", no_argument, NULL, 'h'},          {"version", no_argument, NULL, OPT_VERSION},
      {NULL, 0, NULL, 0}};
  o->jobs = 1;
  o->max_file_size = 32L << 20;
  o->file_timeout = 300;
  o->format = "text";
  for (int i = 0; i < rule_count; i++) o->enabled[i] = true;
  /* Everything after "--" is compiler flags; hide it from getopt. */
  int end = argc;
  for (int i = 1; i < argc; i++)
    if (!strcmp(argv[i], "--")) {
      end = i;
      o->flags = argv + i + 1;
      o->nflags = argc - i - 1;
      break;
    }
  int c;
  optind = 1;
  while ((c = getopt_long(end, argv, "+p:j:hq", longs, NULL)) != -1) {
    switch (c) {
    case 'p': o->build_dir = optarg; break;
    case 'j': {
      char *e;
      long n = strtol(optarg, &e, 10);
      if (*e || n < 1 || n > 256) {
        fprintf(stderr, "ossl-lint: error: -j needs a number from 1 to 256, got '%s'\n", optarg);
        return EXIT_TROUBLE;
      }
      o->jobs = (int)n;
      break;
    }
    case OPT_MODEL: o->model_path = optarg; break;
    case OPT_FIX: o->fix = true; break;
    case OPT_BASELINE: o->baseline = optarg; break;
    case OPT_WRITE_BASELINE: o->write_baseline = optarg; break;
    case 'q': o->quiet = true; break;
    case OPT_RULES_URL: o->rules_url = optarg; break;
    case OPT_UNMODELLED: o->list_unmodelled = true; break;
    case OPT_MAX_SIZE:
    case OPT_TIMEOUT: {
      char *e;
      long v = strtol(optarg, &e, 10);
      if (*e || v < 0 || (c == OPT_TIMEOUT && v > 86400)) {
        fprintf(stderr, "ossl-lint: error: %s needs a number, got '%s'\n",
                c == OPT_TIMEOUT ? "--file-timeout" : "--max-file-size", optarg);
        return EXIT_TROUBLE;
      }
      if (c == OPT_TIMEOUT) o->file_timeout = (int)v;
      else o->max_file_size = v;
      break;
    }
    case OPT_FORMAT:
      if (strcmp(optarg, "text") && strcmp(optarg, "json") && strcmp(optarg, "sarif") &&
          strcmp(optarg, "gitlab") && strcmp(optarg, "html")) {
        fprintf(stderr, "ossl-lint: error: --format takes text, json, sarif, gitlab or html, not '%s'\n",
                optarg);
        return EXIT_TROUBLE;
      }
      o->format = optarg;
      break;
    case OPT_ENABLE:
      if (!set_rules(o, optarg, true, true)) return EXIT_TROUBLE;
      break;
    case OPT_DISABLE:
      if (!set_rules(o, optarg, false, false)) return EXIT_TROUBLE;
      break;
    case OPT_LIST:
      for (int i = 0; i < rule_count; i++) printf("%s %s\n", rule_table[i].id, rule_table[i].name);
      return EXIT_CLEAN;
    case OPT_DUMP: o->dump_cfg = true; break;
    case OPT_DUMP_SUMMARIES: o->dump_summaries = true; break;
    case OPT_DERIVE: o->derive_out = optarg; break;
    case OPT_PUBLIC_HEADERS: o->public_headers = optarg; break;
    case OPT_DERIVE_SOURCE: o->derive_source = optarg; break;
    case OPT_CACHE: VEC_PUSH(o->cache_dirs, o->ncache_dirs, o->cache_cap, optarg); break;
    case OPT_NO_CACHE: o->no_cache = true; break;
    case OPT_MERGE: o->merge = true; break;
    case OPT_WHOLE_PROJECT: o->whole_project = true; break;
    case OPT_SHARD: {
      int k, n, used = 0;
      if (sscanf(optarg, "%d/%d%n", &k, &n, &used) != 2 || optarg[used] || n < 1 || n > 4096 || k < 1 || k > n) {
        fprintf(stderr, "ossl-lint: error: --shard takes K/N with 1 <= K <= N, got '%s'\n", optarg);
        return EXIT_TROUBLE;
      }
      o->shard_k = k;
      o->shard_n = n;
      break;
    }
    case OPT_OVERLAY:
      if (!add_overlay(o, optarg)) return EXIT_TROUBLE;
      break;
    case 'h': usage(stdout); return EXIT_CLEAN;
    case OPT_VERSION: printf("ossl-lint %s\n", OSSL_LINT_VERSION); return EXIT_CLEAN;
    default: usage(stderr); return EXIT_TROUBLE;
    }
  }
  /* Files may also follow options in any order: collect the non-options. */
  o->files = argv + optind;
  o->nfiles = end - optind;
  if (o->nfiles == 0 && !o->build_dir) {
    fputs("ossl-lint: error: no input files (give FILE... or -p BUILD_DIR)\n", stderr);
    usage(stderr);
    return EXIT_TROUBLE;
  }
  if (o->build_dir && o->nflags) {
    fputs("ossl-lint: error: -p takes the flags from compile_commands.json; drop the flags after --\n",
          stderr);
    return EXIT_TROUBLE;
  }
  if (o->no_cache && (o->ncache_dirs || o->merge || o->shard_n)) {
    fputs("ossl-lint: error: --no-cache goes with neither --cache, --merge nor --shard\n", stderr);
    return EXIT_TROUBLE;
  }
  if ((o->merge || o->shard_n || o->whole_project) && !o->build_dir) {
    fputs("ossl-lint: error: --merge, --shard and --whole-project work on a database: give -p BUILD_DIR\n",
          stderr);
    return EXIT_TROUBLE;
  }
  if (o->merge && o->shard_n) {
    fputs("ossl-lint: error: --merge and --shard are separate steps\n", stderr);
    return EXIT_TROUBLE;
  }
  if (o->whole_project && o->nfiles == 0) {
    fputs("ossl-lint: error: --whole-project needs the FILE... to report on\n", stderr);
    return EXIT_TROUBLE;
  }
  if ((o->merge || o->shard_n) && (o->dump_cfg || o->derive_out)) {
    fputs("ossl-lint: error: --dump-cfg and --derive-model parse every unit; not with --merge or --shard\n",
          stderr);
    return EXIT_TROUBLE;
  }
  if (!o->derive_out != !o->public_headers) {
    fputs("ossl-lint: error: --derive-model OUT and --public-headers DIR go together\n", stderr);
    return EXIT_TROUBLE;
  }
  return -1;
}

/* --derive-model: OpenSSL's own functions are the project; write the role of
 * each public function from their summaries. */
static bool derive_model(const options *o, const api_model *model, ir_function **fns, int nfns,
                         const tu_result *results, int nresults) {
  int original = nfns;
  derive_state *d = derive_prepare(o->public_headers, model, &fns, &nfns, results, nresults);
  bool ok = d != NULL;
  if (ok) {
    project p;
    project_init(&p, model, NULL, fns, nfns);
    if (!project_summarize(&p, o->jobs))
      fprintf(stderr, "ossl-lint: warning: the function summaries had not settled after %d rounds\n", p.rounds);
    if (o->dump_summaries) {
      char *text = project_describe(&p);
      fputs(text, stdout);
      free(text);
    }
    ok = derive_write(d, &p, o->derive_out, o->derive_source ? o->derive_source : "OpenSSL",
                      "scripts/derive-model OPENSSL_SOURCE_DIR");
    project_free(&p);
  }
  for (int i = original; i < nfns; i++) ir_function_free(fns[i]);
  free(fns);
  derive_free(d);
  return ok;
}

typedef struct {
  const char *name;
  int count;
} name_count;

static int cmp_name_count(const void *a, const void *b) {
  const name_count *x = a, *y = b;
  if (x->count != y->count) return y->count - x->count;
  return strcmp(x->name, y->name);
}

/* The model's holes: OpenSSL functions called in the code that it does not list. */
static void list_unmodelled(const api_model *m, ir_function **fns, int nfns) {
  const char **names = NULL;
  int n = 0, cap = 0;
  for (int i = 0; i < nfns; i++)
    for (int c = 0; c < fns[i]->ncalls; c++) {
      const ir_call *call = &fns[i]->calls[c];
      if (call->callee && call->callee_openssl && !model_lookup(m, call->callee))
        VEC_PUSH(names, n, cap, call->callee);
    }
  if (n > 1) qsort(names, (size_t)n, sizeof *names, cmp_strp);
  name_count *counts = xcalloc((size_t)n + 1, sizeof *counts);
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (k && !strcmp(counts[k - 1].name, names[i])) counts[k - 1].count++;
    else counts[k++] = (name_count){names[i], 1};
  }
  if (k > 1) qsort(counts, (size_t)k, sizeof *counts, cmp_name_count);
  for (int i = 0; i < k; i++) printf("%s %d\n", counts[i].name, counts[i].count);
  free(counts);
  free(names);
}

typedef struct {
  const project *p;
  const options *o;
  fn_facts *facts;
  finding_list *per_thread;
} rules_ctx;

static void facts_of_function(void *ctx, int i, int thread) {
  (void)thread;
  rules_ctx *r = ctx;
  facts_compute(r->p, r->p->fns[i], &r->facts[i]);
}

static void rules_on_function(void *ctx, int i, int thread) {
  rules_ctx *r = ctx;
  const project *p = r->p;
  if (p->fns[i]->summary_only) { /* a copy for constant arguments: its original is checked */
    facts_free(&r->facts[i]);
    return;
  }
  finding_list *out = &r->per_thread[thread];
  for (int k = 0; k < rule_count; k++) {
    if (!r->o->enabled[k]) continue;
    rule_ctx rc = {.p = p, .f = p->fns[i], .x = &r->facts[i], .rule = &rule_table[k], .out = out};
    int before = out->n;
    rule_table[k].check(&rc);
    int kept = before; /* a finding at a call no caller's constant arguments let run is on dead code */
    for (int j = before; j < out->n; j++) {
      if (project_dead_call_at(p, i, out->v[j].loc)) finding_free(&out->v[j]);
      else out->v[kept++] = out->v[j];
    }
    out->n = kept;
    for (int j = before; j < out->n; j++) {
      const ir_function *fn = p->fns[i];
      out->v[j].function = xstrdup(fn->name);
      out->v[j].function_loc = fn->loc;
      out->v[j].function_loc.file = xstrdup(fn->loc.file);
      out->v[j].function_end = fn->end_line;
    }
  }
  facts_free(&r->facts[i]);
}

/* Every function's facts, then the queue each is entered with (top-down,
 * from those facts), then the rules over every function; on -j threads; the
 * findings are sorted after. */
static void run_rules(project *p, const options *o, char *const *addr_taken, int naddr_taken, finding_list *out) {
  int threads = o->jobs < 1 ? 1 : o->jobs;
  rules_ctx r = {p, o, project_take_facts(p), xcalloc((size_t)threads, sizeof *r.per_thread)};
  if (!r.facts) { /* the summaries kept none */
    r.facts = xcalloc((size_t)p->nfns + 1, sizeof *r.facts);
    parallel_for(p->nfns, threads, facts_of_function, &r);
  }
  const unsigned **call_in = xmalloc(((size_t)p->nfns + 1) * sizeof *call_in);
  const int **call_origin = xmalloc(((size_t)p->nfns + 1) * sizeof *call_origin);
  for (int i = 0; i < p->nfns; i++) {
    call_in[i] = r.facts[i].in_mask;
    call_origin[i] = r.facts[i].in_origin;
  }
  project_entry_states(p, call_in, call_origin, addr_taken, naddr_taken);
  for (p->scope = 1; p->scope <= p->nparts; p->scope++) {
    p->part_facts[p->scope - 1].writes_never_retry = custom_bio_writes_never_retry(p);
    p->part_facts[p->scope - 1].reads_never_retry = custom_bio_reads_never_retry(p);
    p->part_facts[p->scope - 1].reads_never_end = custom_bio_reads_never_end(p);
  }
  p->scope = 0;
  free(call_in);
  free(call_origin);
  parallel_for(p->nfns, threads, rules_on_function, &r);
  free(r.facts);
  for (int t = 0; t < threads; t++) {
    for (int j = 0; j < r.per_thread[t].n; j++) VEC_PUSH(out->v, out->n, out->cap, r.per_thread[t].v[j]);
    free(r.per_thread[t].v);
  }
  free(r.per_thread);
}

/* --whole-project: only the findings in these files are reported. */
static void keep_findings_in(finding_list *l, char *const *files, int nfiles) {
  char **real = xcalloc((size_t)nfiles + 1, sizeof *real);
  for (int i = 0; i < nfiles; i++) {
    real[i] = realpath(files[i], NULL);
    if (!real[i]) real[i] = xstrdup(files[i]);
  }
  int out = 0;
  char *last = NULL, *last_real = NULL; /* findings come sorted by file */
  for (int i = 0; i < l->n; i++) {
    finding *f = &l->v[i];
    if (!last || strcmp(last, f->loc.file)) {
      free(last_real);
      free(last);
      last = xstrdup(f->loc.file);
      last_real = realpath(last, NULL);
      if (!last_real) last_real = xstrdup(last);
    }
    bool keep = false;
    for (int k = 0; k < nfiles && !keep; k++) keep = !strcmp(real[k], last_real);
    if (!keep) {
      finding_list one = {.v = f, .n = 1};
      findings_free_entries(&one);
      continue;
    }
    l->v[out++] = *f;
  }
  l->n = out;
  free(last);
  free(last_real);
  for (int i = 0; i < nfiles; i++) free(real[i]);
  free(real);
}

/* Summaries, rules, suppressions, baselines, fixes and output: returns the
 * number of findings still in the code. */
static int analyze_and_report(const options *o, const api_model *model, ir_function **unit_fns,
                              int nfns, const tu_job *jobs, const tu_result *results, int njobs,
                              const config_set *configs, const char *model_path, bool *trouble) {
  /* The units' functions, then the copies made for constant arguments. */
  ir_function **fns = xmalloc(((size_t)nfns + 1) * sizeof *fns);
  if (nfns) memcpy(fns, unit_fns, (size_t)nfns * sizeof *fns);
  int original = nfns;
  arg_context_specialize(&fns, &nfns, model);
  /* Each function is analyzed with its file's configuration's roles. */
  const api_model **models = xcalloc((size_t)nfns + 1, sizeof *models);
  for (int i = 0; i < nfns; i++)
    models[i] = i > 0 && !strcmp(fns[i]->loc.file, fns[i - 1]->loc.file)
                    ? models[i - 1]
                    : config_model_for(configs, fns[i]->loc.file, model);
  project p;
  project_init(&p, model, models, fns, nfns);
  p.keep_facts = true; /* the rules read the facts of the summaries' last round */
  int nwrites = 0, writes_cap = 0;
  char **writes = NULL;
  for (int i = 0; i < njobs; i++)
    for (int j = 0; j < results[i].nfield_writes; j++) VEC_PUSH(writes, nwrites, writes_cap, results[i].field_writes[j]);
  if (nwrites > 1) qsort(writes, (size_t)nwrites, sizeof *writes, cmp_strp);
  p.field_writes = writes;
  p.nfield_writes = nwrites;
  null_fields_prune(fns, nfns, writes, nwrites); /* branches on a field only ever NULL */
  noreturn_cut(&p);                              /* calls of functions that never return */
  {
    int *naddr = xcalloc((size_t)njobs + 1, sizeof *naddr);
    char *const **addr = xcalloc((size_t)njobs + 1, sizeof *addr);
    for (int i = 0; i < njobs; i++) {
      naddr[i] = results[i].naddr_taken;
      addr[i] = results[i].addr_taken;
    }
    project_partition(&p, njobs, addr, naddr);
    project_resolve_param_io(&p, njobs, addr, naddr);
    free(naddr);
    free(addr);
  }
  for (p.scope = 1; p.scope <= p.nparts; p.scope++) { /* each part's facts, from its own functions */
    run_facts *rf = &p.part_facts[p.scope - 1];
    rf->syscall_means_empty = custom_bio_syscall_means_empty(&p);
    rf->own_bio_methods = custom_bio_own_methods(&p);
    rf->bio_io_quiet = custom_bio_io_quiet(&p);
    rf->bio_callbacks = custom_bio_callbacks(&p);
    rf->ssl_filters = custom_bio_ssl_filters(&p);
    rf->partial_writes = custom_bio_partial_writes(&p);
    rf->async_mode = custom_bio_async_mode(&p);
  }
  p.scope = 0;
  if (!project_summarize(&p, o->jobs))
    fprintf(stderr, "ossl-lint: warning: the function summaries had not settled after %d rounds; "
                    "findings that depend on them may be missing\n",
            p.rounds);
  code_summary *codes = error_codes_summarize(&p);
  p.codes = codes;
  for (p.scope = 1; p.scope <= p.nparts; p.scope++)
    p.part_facts[p.scope - 1].ignores_unexpected_eof = error_codes_ignore_unexpected_eof(&p);
  p.scope = 0;
  if (o->dump_summaries) {
    char *text = project_describe(&p);
    fputs(text, stdout);
    free(text);
  }
  if (getenv("OSSL_LINT_WHY")) project_explain_pushes(&p, getenv("OSSL_LINT_WHY"));
  finding_list findings = {0};
  int naddr = 0, addr_cap = 0;
  char **addr = NULL;
  for (int i = 0; i < njobs; i++)
    for (int j = 0; j < results[i].naddr_taken; j++) VEC_PUSH(addr, naddr, addr_cap, results[i].addr_taken[j]);
  if (naddr > 1) qsort(addr, (size_t)naddr, sizeof *addr, cmp_strp);
  run_rules(&p, o, addr, naddr, &findings);
  if (dataflow_unsettled() > 0)
    fprintf(stderr, "ossl-lint: warning: the analysis of %ld function(s) stopped before it settled; "
                    "findings in them may be missing\n",
            dataflow_unsettled());
  free(addr);
  free(writes);
  findings_sort_unique(&findings);
  if (o->whole_project) keep_findings_in(&findings, o->files, o->nfiles);
  suppress_apply(&findings);
  if (o->whole_project) {
    suppress_report_unused(o->files, o->nfiles, o->enabled, o->quiet ? NULL : stderr);
  } else {
    char **sources = xcalloc((size_t)njobs + 1, sizeof *sources);
    for (int i = 0; i < njobs; i++) sources[i] = jobs[i].file;
    suppress_report_unused(sources, njobs, o->enabled, o->quiet ? NULL : stderr);
    free(sources);
  }
  config_filter(configs, &findings);
  findings_fingerprint(&findings);
  if (o->write_baseline) {
    char *berr = NULL;
    if (!baseline_write(o->write_baseline, &findings, &berr)) {
      fprintf(stderr, "%s\n", berr);
      free(berr);
      *trouble = true;
    } else if (!o->quiet) {
      fprintf(stderr, "ossl-lint: wrote %d finding%s to the baseline %s\n", findings.n,
              findings.n == 1 ? "" : "s", o->write_baseline);
    }
    findings_free_entries(&findings);
    findings.n = 0;
  }
  if (o->baseline) {
    char *berr = NULL;
    int dropped = 0;
    if (!baseline_filter(o->baseline, &findings, &dropped, &berr)) {
      fprintf(stderr, "%s\n", berr);
      free(berr);
      *trouble = true;
    } else if (!o->quiet && dropped) {
      fprintf(stderr, "ossl-lint: %d finding%s already in the baseline\n", dropped, dropped == 1 ? "" : "s");
    }
  }
  if (o->fix) {
    char **broken = xcalloc((size_t)njobs + 1, sizeof *broken);
    int nbroken = 0;
    for (int i = 0; i < njobs; i++)
      if (results[i].failed) broken[nbroken++] = jobs[i].file;
    int applied = fixit_apply(&findings, broken, nbroken, stderr, trouble);
    free(broken);
    if (!o->quiet) fprintf(stderr, "ossl-lint: applied %d fix-it%s\n", applied, applied == 1 ? "" : "s");
  }
  if (!strcmp(o->format, "json")) {
    output_json(stdout, &findings);
  } else if (!strcmp(o->format, "gitlab")) {
    output_gitlab(stdout, &findings);
  } else if (!strcmp(o->format, "sarif") || !strcmp(o->format, "html")) {
    char *slash = strrchr(model_path, '/');
    char *rules_dir = slash ? xasprintf("%.*s", (int)(slash - model_path), model_path) : xstrdup(".");
    if (!strcmp(o->format, "sarif")) {
      output_sarif(stdout, &findings, rules_dir, o->rules_url, OSSL_LINT_VERSION);
    } else {
      char **inputs = xcalloc((size_t)njobs + 1, sizeof *inputs);
      for (int i = 0; i < njobs; i++) inputs[i] = jobs[i].file;
      report_run run = {.version = OSSL_LINT_VERSION, .model_path = model_path, .model = model,
                        .rules_dir = rules_dir, .enabled = o->enabled, .argv = o->argv, .argc = o->argc,
                        .inputs = inputs, .ninputs = njobs};
      output_html(stdout, &findings, &run);
      free(inputs);
    }
    free(rules_dir);
  } else {
    output_text(stdout, &findings);
  }
  int nfindings = 0; /* those still in the code */
  for (int i = 0; i < findings.n; i++) nfindings += !findings.v[i].fixed;

  findings_free(&findings);
  project_free(&p);
  error_codes_summaries_free(codes, nfns);
  free(models);
  for (int i = 0; i < original; i++) /* the copies' indexes mean nothing to another run */
    for (int k = 0; k < fns[i]->ncalls; k++) fns[i]->calls[k].callee_copy = 0;
  for (int i = original; i < nfns; i++) ir_function_free(fns[i]);
  free(fns);
  return nfindings;
}

int main(int argc, char **argv) {
  /* Parse on our worker threads, whose stacks are large enough for deeply
   * nested code, instead of libclang's own 8 MiB safety threads. */
  setenv("LIBCLANG_NOTHREADS", "1", 0);
  /* The run builds its IR and facts, frees and builds again: keep freed
   * memory for reuse instead of giving it back to the kernel and faulting it
   * in again (a warm run over curl's cache spent a third of its time in page
   * faults). Pages never touched still cost nothing. */
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  /* The command line as given (getopt reorders argv), for the HTML report. */
  char **given = xcalloc((size_t)argc + 1, sizeof *given);
  memcpy(given, argv, (size_t)argc * sizeof *given);
  options o = {.argv = given, .argc = argc};
  int status = parse_args(argc, argv, &o);
  if (status >= 0) {
    options_free(&o);
    return status;
  }

  api_model model;
  char *model_path = o.model_path ? xstrdup(o.model_path) : model_default_path();
  char *err = NULL;
  if (!model_load(model_path, &model, &err)) {
    fprintf(stderr, "%s\n", err);
    free(err);
    free(model_path);
    options_free(&o);
    return EXIT_TROUBLE;
  }

  bool trouble = false;
  int njobs = 0;
  tu_job *jobs;
  if (o.build_dir) {
    strbuf errors = {0};
    if (o.whole_project)
      jobs = units_whole_project(o.build_dir, o.files, o.nfiles, &njobs, &errors, &trouble);
    else
      jobs = frontend_jobs_from_compdb(o.build_dir, o.files, o.nfiles, &njobs, &errors, &trouble);
    char *text = sb_take(&errors);
    fputs(text, stderr);
    free(text);
  } else {
    jobs = frontend_jobs_from_files(o.files, o.nfiles, o.flags, o.nflags, &njobs);
  }
  if (o.shard_n) njobs = units_keep_shard(jobs, njobs, o.shard_k, o.shard_n);

  config_set configs = {0};
  strbuf config_errors = {0};
  for (int i = 0; i < njobs; i++)
    trouble |= !config_discover(&configs, jobs[i].file, &model, &config_errors);
  char *config_text = sb_take(&config_errors);
  fputs(config_text, stderr);
  free(config_text);

  tu_result *results = xcalloc((size_t)njobs + 1, sizeof *results);
  frontend_opts fo = {.openssl_dir = model.openssl_header_dir, .byte_writers = model.byte_writers,
                      .nbyte_writers = model.nbyte_writers, .thread_starts = model.thread_starts,
                      .thread_start_args = model.thread_start_args, .nthread_starts = model.nthread_starts,
                      .jobs = o.jobs, .dump_cfg = o.dump_cfg,
                      .progress = !o.quiet && isatty(STDERR_FILENO),
                      .max_file_size = o.max_file_size, .file_timeout = o.file_timeout,
                      .collect_inits = o.derive_out != NULL,
                      .overlays = o.overlays, .noverlays = o.noverlays};
  suppress_use_overlays(o.overlays, o.noverlays);
  units_opts uo = {.build_dir = o.build_dir, .cache_dirs = o.cache_dirs, .ncache_dirs = o.ncache_dirs,
                   .use_cache = !o.no_cache && !o.dump_cfg && !o.derive_out && (o.ncache_dirs || o.build_dir),
                   .merge = o.merge, .quiet = o.quiet, .shard_k = o.shard_k, .shard_n = o.shard_n,
                   .model_path = model_path, .version = OSSL_LINT_VERSION};
  if (!units_parse_or_load(&uo, jobs, njobs, &configs, &fo, results)) {
    status = EXIT_TROUBLE;
    goto done;
  }
  if (o.shard_n) {
    /* A shard only fills its cache. A file that does not parse is in it too,
     * with its errors, which --merge reports (and exits 2 for) as one run
     * would; a shard fails only when the database or a configuration is broken. */
    for (int i = 0; i < njobs; i++)
      if (results[i].errors) fputs(results[i].errors, stderr);
    status = trouble ? EXIT_TROUBLE : EXIT_CLEAN;
    goto done;
  }

  ir_function **fns = NULL;
  int nfns = 0, cap = 0;
  for (int i = 0; i < njobs; i++) {
    if (results[i].errors) fputs(results[i].errors, stderr);
    if (results[i].cfg_dump) fputs(results[i].cfg_dump, stdout);
    trouble |= results[i].failed;
    for (int j = 0; j < results[i].nfns; j++) {
      results[i].fns[j]->tu = i;
      VEC_PUSH(fns, nfns, cap, results[i].fns[j]);
    }
  }

  /* A project header's functions are governed by the header's own nearest configuration. */
  strbuf header_config_errors = {0};
  for (int i = 0; i < nfns; i++)
    if (fns[i]->in_header && (i == 0 || strcmp(fns[i]->loc.file, fns[i - 1]->loc.file)))
      trouble |= !config_discover(&configs, fns[i]->loc.file, &model, &header_config_errors);
  char *header_config_text = sb_take(&header_config_errors);
  fputs(header_config_text, stderr);
  free(header_config_text);

  int nfindings = 0;
  if (o.derive_out) {
    trouble |= !derive_model(&o, &model, fns, nfns, results, njobs);
    fns = NULL; /* freed there (it may have grown) */
  } else if (o.list_unmodelled)
    list_unmodelled(&model, fns, nfns);
  else
    nfindings = analyze_and_report(&o, &model, fns, nfns, jobs, results, njobs, &configs,
                                   model_path, &trouble);

  free(fns);
  status = trouble ? EXIT_TROUBLE : nfindings ? EXIT_FINDINGS : EXIT_CLEAN;
done:
  for (int i = 0; i < njobs; i++) frontend_result_free(&results[i]);
  free(results);
  frontend_jobs_free(jobs, njobs);
  model_free(&model);
  config_free(&configs);
  free(model_path);
  options_free(&o);
  return status;
}
