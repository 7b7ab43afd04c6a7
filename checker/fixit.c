#include "fixit.h"

#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *real(const char *p) {
  char buf[PATH_MAX];
  return realpath(p, buf) ? xstrdup(buf) : xstrdup(p);
}

typedef struct {
  unsigned line, col;
  const char *text;
  finding *owner;
} edit;

static int cmp_edit_desc(const void *a, const void *b) {
  const edit *x = a, *y = b;
  if (x->line != y->line) return x->line > y->line ? -1 : 1;
  if (x->col != y->col) return x->col > y->col ? -1 : 1;
  return strcmp(x->text, y->text);
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  strbuf sb = {0};
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    if (memchr(buf, '\0', n)) { /* not text: leave it alone */
      fclose(f);
      free(sb.data);
      return NULL;
    }
    char *chunk = xasprintf("%.*s", (int)n, buf);
    sb_append(&sb, chunk);
    free(chunk);
  }
  fclose(f);
  *len = sb.len;
  return sb_take(&sb);
}

/* Byte offset of (line, col), both 1-based; SIZE_MAX when past the end. */
static size_t offset_of(const char *text, size_t len, unsigned line, unsigned col) {
  size_t off = 0;
  for (unsigned l = 1; l < line; l++) {
    const char *nl = memchr(text + off, '\n', len - off);
    if (!nl) return (size_t)-1;
    off = (size_t)(nl - text) + 1;
  }
  return off + col - 1 <= len ? off + col - 1 : (size_t)-1;
}

static bool write_file(const char *path, const char *text, size_t len, FILE *log) {
  struct stat st;
  if (stat(path, &st) != 0) return false;
  char *tmp = xasprintf("%s.ossl-lint-XXXXXX", path);
  int fd = mkstemp(tmp);
  bool ok = fd >= 0;
  if (ok) {
    FILE *f = fdopen(fd, "wb");
    ok = f && fwrite(text, 1, len, f) == len;
    ok &= f && fchmod(fd, st.st_mode & 07777) == 0;
    ok &= f && fclose(f) == 0;
    ok = ok && rename(tmp, path) == 0;
    if (!ok) unlink(tmp);
  }
  if (!ok) fprintf(log, "%s: error: cannot write the fixed file: %s\n", path, strerror(errno));
  free(tmp);
  return ok;
}

static int fix_one_file(const char *path, edit *edits, int n, FILE *log, bool *trouble) {
  size_t len;
  char *text = read_all(path, &len);
  if (!text) {
    fprintf(log, "%s: error: cannot read it to apply fix-its\n", path);
    *trouble = true;
    return 0;
  }
  qsort(edits, (size_t)n, sizeof *edits, cmp_edit_desc);
  strbuf out = {0};
  size_t tail = len; /* text[tail..] is already emitted, in reverse order of pieces */
  char **pieces = xcalloc((size_t)n * 2 + 2, sizeof *pieces);
  int np = 0, applied = 0;
  for (int i = 0; i < n; i++) {
    if (i > 0 && edits[i].line == edits[i - 1].line && edits[i].col == edits[i - 1].col &&
        !strcmp(edits[i].text, edits[i - 1].text)) {
      edits[i].owner->fixed = true; /* the same insertion twice */
      continue;
    }
    size_t off = offset_of(text, len, edits[i].line, edits[i].col);
    if (off == (size_t)-1 || off > tail) continue;
    pieces[np++] = xasprintf("%.*s", (int)(tail - off), text + off);
    pieces[np++] = xstrdup(edits[i].text);
    tail = off;
    edits[i].owner->fixed = true;
    applied++;
  }
  char *head = xasprintf("%.*s", (int)tail, text);
  sb_append(&out, head);
  free(head);
  for (int i = np - 1; i >= 0; i--) {
    sb_append(&out, pieces[i]);
    free(pieces[i]);
  }
  free(pieces);
  if (applied && !write_file(path, out.data, out.len, log)) {
    *trouble = true;
    for (int i = 0; i < n; i++) edits[i].owner->fixed = false;
    applied = 0;
  }
  free(out.data);
  free(text);
  return applied;
}

int fixit_apply(finding_list *l, char *const *broken, int nbroken, FILE *log, bool *trouble) {
  char **broken_real = xcalloc((size_t)nbroken + 1, sizeof *broken_real);
  for (int i = 0; i < nbroken; i++) broken_real[i] = real(broken[i]);
  int total = 0;
  bool *done = xcalloc((size_t)l->n + 1, sizeof *done);
  for (int i = 0; i < l->n; i++) {
    if (done[i] || !l->v[i].fix_text) continue;
    char *path = real(l->v[i].fix_loc.file);
    edit *edits = NULL;
    int n = 0, cap = 0;
    for (int j = i; j < l->n; j++) {
      if (done[j] || !l->v[j].fix_text) continue;
      char *pj = real(l->v[j].fix_loc.file);
      if (!strcmp(pj, path)) {
        edit e = {l->v[j].fix_loc.line, l->v[j].fix_loc.col, l->v[j].fix_text, &l->v[j]};
        VEC_PUSH(edits, n, cap, e);
        done[j] = true;
      }
      free(pj);
    }
    bool is_broken = false;
    for (int b = 0; b < nbroken; b++) is_broken |= !strcmp(broken_real[b], path);
    if (is_broken)
      fprintf(log, "%s: not fixed: the file has parse errors\n", l->v[i].fix_loc.file);
    else
      total += fix_one_file(path, edits, n, log, trouble);
    free(edits);
    free(path);
  }
  for (int i = 0; i < nbroken; i++) free(broken_real[i]);
  free(broken_real);
  free(done);
  return total;
}
