/* libFuzzer target: the CFG builder, the lowering and the analysis on arbitrary C.
 * The input is parsed with libclang as an unsaved file; small stand-ins for
 * <openssl/ssl.h>, <openssl/err.h> and <errno.h> (also unsaved files, with
 * -nostdinc) keep each parse fast while letting calls resolve to declarations
 * under an "openssl" directory, as with the real headers. For each function
 * definition of the main file: cfg_build, cfg_dump, lower_function, cfg_free;
 * then, over all of them, the summaries to a fixed point (with the return-value
 * tables), --dump-summaries' text, the facts and every rule; then
 * ir_function_free. */
#include "analysis.h"
#include "custom_bio.h"
#include "cfg.h"
#include "findings.h"
#include "ir.h"
#include "lower.h"
#include "model.h"
#include "project.h"
#include "rules/registry.h"
#include "util.h"

#include <clang-c/Index.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char SSL_H[] =
    "#ifndef FZ_SSL_H\n#define FZ_SSL_H\n"
    "typedef struct ssl_st SSL; typedef struct x509_st X509; typedef unsigned long size_t;\n"
    "int SSL_read(SSL *s, void *b, int n); int SSL_write(SSL *s, const void *b, int n);\n"
    "int SSL_peek(SSL *s, void *b, int n); int SSL_do_handshake(SSL *s);\n"
    "int SSL_connect(SSL *s); int SSL_accept(SSL *s); int SSL_shutdown(SSL *s);\n"
    "int SSL_read_ex(SSL *s, void *b, size_t n, size_t *r);\n"
    "int SSL_write_ex(SSL *s, const void *b, size_t n, size_t *w);\n"
    "int SSL_get_error(const SSL *s, int ret); int SSL_want(const SSL *s);\n"
    "int SSL_pending(const SSL *s); X509 *SSL_get_peer_certificate(const SSL *s);\n"
    "void SSL_set_shutdown(SSL *s, int m); void SSL_free(SSL *s);\n"
    "#define SSL_ERROR_NONE 0\n#define SSL_ERROR_SSL 1\n#define SSL_ERROR_WANT_READ 2\n"
    "#define SSL_ERROR_WANT_WRITE 3\n#define SSL_ERROR_SYSCALL 5\n#define SSL_ERROR_ZERO_RETURN 6\n"
    "#define SSL_NOTHING 1\n#define SSL_WRITING 2\n#define SSL_READING 3\n"
    "#define SSL_want_read(s) (SSL_want(s) == SSL_READING)\n"
    "#define SSL_want_write(s) (SSL_want(s) == SSL_WRITING)\n"
    "#endif\n";
static const char ERR_H[] =
    "#ifndef FZ_ERR_H\n#define FZ_ERR_H\n"
    "void ERR_clear_error(void); unsigned long ERR_get_error(void);\n"
    "unsigned long ERR_peek_error(void); unsigned long ERR_peek_last_error(void);\n"
    "void ERR_error_string_n(unsigned long e, char *b, unsigned long n);\n"
    "char *ERR_error_string(unsigned long e, char *b);\n"
    "void ERR_print_errors_fp(void *fp); int ERR_set_mark(void); int ERR_pop_to_mark(void);\n"
    "#endif\n";
static const char ERRNO_H[] =
    "#ifndef FZ_ERRNO_H\n#define FZ_ERRNO_H\nextern int errno;\n"
    "#define EAGAIN 11\n#define EWOULDBLOCK EAGAIN\n#define EINTR 4\n#endif\n";

static CXIndex index_;
static api_model model_;
static bool have_model_;

typedef struct {
  ir_function **v;
  int n, cap;
} fn_list;

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  fn_list *fns = data;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c) ||
      !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
    return CXChildVisit_Continue;
  cfg *g = cfg_build(c);
  if (!g) return CXChildVisit_Continue;
  char *d = cfg_dump(g);
  free(d);
  ir_function *f = lower_function(c, g, "openssl");
  cfg_free(g);
  if (f) VEC_PUSH(fns->v, fns->n, fns->cap, f);
  return CXChildVisit_Continue;
}

/* What a run does after parsing: summaries, their description, facts, rules. */
static void analyze(fn_list *fns) {
  if (have_model_ && fns->n > 0) {
    project p;
    project_init(&p, &model_, NULL, fns->v, fns->n);
    p.syscall_means_empty = custom_bio_syscall_means_empty(&p);
    project_summarize(&p, 1);
    free(project_describe(&p));
    finding_list out = {0};
    /* As main.c: every function's facts, the top-down entry states (every
     * function's address taken counts as taken here: the names of the run),
     * the custom-BIO fact, then the rules. */
    fn_facts *x = xcalloc((size_t)p.nfns + 1, sizeof *x);
    const unsigned **in = xcalloc((size_t)p.nfns + 1, sizeof *in);
    const int **origin = xcalloc((size_t)p.nfns + 1, sizeof *origin);
    for (int i = 0; i < p.nfns; i++) {
      facts_compute(&p, p.fns[i], &x[i]);
      in[i] = x[i].in_mask;
      origin[i] = x[i].in_origin;
    }
    project_entry_states(&p, in, origin, NULL, 0);
    p.writes_never_retry = custom_bio_writes_never_retry(&p);
    for (int i = 0; i < p.nfns; i++) {
      for (int k = 0; k < rule_count; k++) {
        rule_ctx rc = {.p = &p, .f = p.fns[i], .x = &x[i], .rule = &rule_table[k], .out = &out};
        rule_table[k].check(&rc);
      }
      facts_free(&x[i]);
    }
    free(x);
    free(in);
    free(origin);
    findings_free(&out);
    project_free(&p);
  }
  for (int i = 0; i < fns->n; i++) ir_function_free(fns->v[i]);
  free(fns->v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!index_) {
    index_ = clang_createIndex(0, 0);
    char *err = NULL, *path = model_default_path();
    have_model_ = model_load(path, &model_, &err);
    free(err);
    free(path);
  }
  /* libclang wants the contents NUL-free up to Length; an embedded NUL is fine. */
  char *src = malloc(size + 1);
  if (!src) return 0;
  memcpy(src, data, size);
  src[size] = '\0';
  struct CXUnsavedFile files[] = {
      {"/fuzz/input.c", src, (unsigned long)size},
      {"/fuzz/include/openssl/ssl.h", SSL_H, sizeof SSL_H - 1},
      {"/fuzz/include/openssl/err.h", ERR_H, sizeof ERR_H - 1},
      {"/fuzz/include/errno.h", ERRNO_H, sizeof ERRNO_H - 1},
  };
  const char *args[] = {"-std=c11", "-nostdinc", "-I/fuzz/include", "-ferror-limit=50",
                        "-fbracket-depth=256"};
  CXTranslationUnit tu = NULL;
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  if (clang_parseTranslationUnit2(index_, "/fuzz/input.c", args, sizeof args / sizeof *args, files,
                                  sizeof files / sizeof *files, flags, &tu) == CXError_Success &&
      tu) {
    fn_list fns = {0};
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &fns);
    clang_disposeTranslationUnit(tu);
    analyze(&fns);
  }
  free(src);
  return 0;
}
